import Testing

@testable import SpecForgeEmit

/// openapi-python-client drops a schema that holds, at any depth, one it cannot type (here an
/// array without `items`), and with it whatever refers to it. Cycles are judged by their other
/// parts; the answer does not depend on which schema is asked about first.
@Suite struct DocsPythonSchemaSupportTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Owner:
              type: object
              properties:
                pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                tags: {type: array}
            Pet:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/Owner'}
            Node:
              type: object
              properties:
                name: {type: string}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            Leaf:
              type: object
              properties:
                node: {$ref: '#/components/schemas/Node'}
        """

    static func answers(askingFirst first: String) throws -> [String: Bool] {
        let model = try Fixtures.model(spec)
        let byName = Dictionary(uniqueKeysWithValues: model.schemas.compactMap { s in s.name.map { ($0, s) } })
        let support = PythonSchemaSupport()
        var answers: [String: Bool] = [:]
        for name in [first] + ["Owner", "Pet", "Node", "Leaf"] where answers[name] == nil {
            answers[name] = support.supports(try #require(byName[name]))
        }
        return answers
    }

    @Test(arguments: ["Owner", "Pet", "Node", "Leaf"])
    func aCycleThroughAnUntypedSchemaIsUntypedWhicheverIsAskedFirst(first: String) throws {
        #expect(try Self.answers(askingFirst: first) == ["Owner": false, "Pet": false, "Node": true, "Leaf": true])
    }
}
