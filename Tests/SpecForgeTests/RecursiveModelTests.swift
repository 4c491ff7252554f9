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

/// Nested types are told apart by their full path: `Tree.Node` holds the `Tree` that holds it
/// (boxed), while `Other.Node`, of the same name, holds nothing recursive (not boxed).
@Suite("Swift SDK: boxed properties by the full path of nested types")
struct RecursiveNestedPathTests {
    @Test("Two nested structs named alike in different parents are two types")
    func sameNestedNameInTwoParents() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Other:
                  type: object
                  properties:
                    node: {type: object, properties: {label: {type: string}}}
                Tree:
                  type: object
                  properties:
                    node:
                      type: object
                      properties:
                        tree: {$ref: '#/components/schemas/Tree'}
            """#)
        let tree = try #require(sdk["Models/Tree.swift"])
        #expect(tree.contains("""
                public nonisolated struct Node: Codable, Sendable, Hashable {
                    public var tree: Tree? { _tree?.value }
                    let _tree: Indirect<Tree>?
            """))
        // `Tree.node` holds `Tree.Node` directly: in the cycle too, so boxed.
        #expect(tree.contains("    public var node: Node? { _node?.value }\n"))
        let other = try #require(sdk["Models/Other.swift"])
        #expect(other.contains("    public let node: Node?\n"))
        #expect(other.contains("        public let label: String?\n"))
    }
}
