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
