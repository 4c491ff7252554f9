import Foundation
import StylesAPI
import Testing

/// Schemas that contain themselves (`TreeNode.parent`, `TreeNode.link.target`) become structs
/// whose recursive properties are boxed, and still read and write plain JSON.
@Suite struct RecursiveModelTests {
    @Test func aRecursiveModelRoundTripsThroughJSON() throws {
        let json = #"{"name":"leaf","parent":{"name":"root"},"link":{"target":{"name":"other"}},"children":[{"name":"kid"}]}"#
        let node = try JSONDecoder().decode(TreeNode.self, from: Data(json.utf8))
        #expect(node.parent?.name == "root")
        #expect(node.parent?.parent == nil)
        #expect(node.link?.target.name == "other")
        #expect(node.children?.first?.name == "kid")
        let again = try JSONDecoder().decode(TreeNode.self, from: JSONEncoder().encode(node))
        #expect(again == node)
        let built = TreeNode(name: "leaf", parent: TreeNode(name: "root"), link: TreeLink(target: TreeNode(name: "other")), children: [TreeNode(name: "kid")])
        #expect(built == node)
    }
}

/// Schemas that contain themselves through a collection, a cycle of aliases, `oneOf` members or
/// `allOf`: an alias that would refer to itself is a single-value struct coded as its value.
@Suite struct RecursiveShapeTests {
    func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
        let value = try JSONDecoder().decode(T.self, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == json)
        return value
    }

    @Test func recursionThroughADictionary() throws {
        let forest = try roundTrip(Forest.self, #"{"a":{"b":{}},"c":{}}"#)
        #expect(forest.value["a"]?.value["b"] == Forest([:]))
        #expect(forest == Forest(["a": Forest(["b": Forest([:])]), "c": Forest([:])]))
    }

    @Test func recursionThroughAnArray() throws {
        let list = try roundTrip(NestedList.self, #"[[],[[]]]"#)
        #expect(list == NestedList([NestedList([]), NestedList([NestedList([])])]))
    }

    @Test func recursionThroughACycleOfAliases() throws {
        let ping = try roundTrip(Ping.self, #"[{"x":[]},{}]"#)
        #expect(ping == Ping([Pong(["x": Ping([])]), Pong([:])]))
    }

    @Test func recursionThroughOneOfMembers() throws {
        let expr = try roundTrip(Expr.self, #"{"terms":[1,{"terms":[2,3]}]}"#)
        #expect(expr == .sum(Sum(terms: [.integer(1), .sum(Sum(terms: [.integer(2), .integer(3)]))])))
    }

    @Test func recursionThroughAllOfAndAnAlias() throws {
        let category = try roundTrip(Category.self, #"{"parent":{"role":"root"},"role":"leaf","siblings":[{"level":2}]}"#)
        #expect(category.parent?.role == "root")
        #expect(category.siblings?.first?.level == 2)
        #expect(category == Category(role: "leaf", parent: Category(role: "root"), siblings: [Category(level: 2)]))
    }
}
