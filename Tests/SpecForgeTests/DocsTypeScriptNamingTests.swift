import Testing

@testable import SpecForgeEmit

/// The TypeScript tab calls the functions @hey-api/openapi-ts (0.99, default SDK settings)
/// generates: camel case as its `toCase` spells it, ids numbered in document order, names
/// made JavaScript identifiers. The expected values are hey-api's own (its naming tests and
/// `operationToId` tests, packages/shared/src/utils/naming and openApi/shared/utils).
@Suite struct DocsTypeScriptNamingTests {
    @Test(arguments: [
        ("fooDTOById", "fooDtoById"), ("fooDTOs", "fooDtos"), ("fooDTOsById", "fooDtosById"), ("DTOById", "dtoById"),
        ("DTOs", "dtos"), ("DTOsById", "dtosById"), ("SOME_JSON_FILE", "someJsonFile"), ("SOME_JSONs_FILE", "someJsonsFile"),
        ("postHTMLGuide", "postHtmlGuide"), ("postHTMLScale", "postHtmlScale"), ("snake_case", "snakeCase"),
        ("camelCase", "camelCase"), ("PascalCase", "pascalCase"), ("isXRated", "isXRated"), ("isHTMLSafe", "isHtmlSafe"),
        ("MyAspirations", "myAspirations"), ("io.k8sApimachinery.pkg.apis.meta:v1.DeleteOptions", "ioK8sApimachineryPkgApisMetaV1DeleteOptions"),
        ("Generic.Schema.Duplicate.Issue`1[System.Boolean]", "genericSchemaDuplicateIssue1SystemBoolean"), ("iPhone S", "iPhoneS"),
        ("experimentalOver200K", "experimentalOver200K"), ("ModelCostExperimentalOver200KCache", "modelCostExperimentalOver200kCache"),
        ("z3e-num_1Период", "z3eNum1Период"),
    ])
    func camelCaseAsHeyAPISpellsIt(value: String, expected: String) {
        #expect(TypeScriptNaming.camelCase(value) == expected)
    }

    static func names(_ paths: String) throws -> [String] {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
            \(paths)
            """
        let model = try Fixtures.model(spec)
        let naming = TypeScriptNaming(operations: model.operations)
        return model.operations.map { naming.function(of: $0) ?? "" }
    }

    @Test func withoutAnOperationIdTheNameComesFromMethodAndPath() throws {
        // hey-api's operationToId: POST /foo → postFoo, /foo/{foo_id} → postFooByFooId, /foo/{foo_id}/bar+baz:qux → postFooByFooIdBarBazQux.
        let names = try Self.names("""
              /foo: {post: {responses: {'204': {description: ok}}}}
              /foo/{foo_id}: {post: {responses: {'204': {description: ok}}}}
              /foo/{foo_id}/bar+baz:qux: {post: {responses: {'204': {description: ok}}}}
            """)
        #expect(names == ["postFoo", "postFooByFooId", "postFooByFooIdBarBazQux"])
    }

    @Test func theOperationIdInCamelCaseSplitAtDotsAndSlashes() throws {
        let names = try Self.names("""
              /a: {get: {operationId: Post-foo, responses: {'204': {description: ok}}}}
              /b: {get: {operationId: repos/list-for-org, responses: {'204': {description: ok}}}}
              /c: {get: {operationId: users.accounts.getAll, responses: {'204': {description: ok}}}}
            """)
        #expect(names == ["postFoo", "reposListForOrg", "usersAccountsGetAll"])
    }

    @Test func collisionsAreNumberedInDocumentOrder() throws {
        // `find_pets` and `findPets` are one name; the later gets 2, the next 3.
        let names = try Self.names("""
              /a: {get: {operationId: findPets, responses: {'204': {description: ok}}}}
              /b: {get: {operationId: find_pets, responses: {'204': {description: ok}}}}
              /c: {get: {operationId: find-pets, responses: {'204': {description: ok}}}}
            """)
        #expect(names == ["findPets", "findPets2", "findPets3"])
    }

    @Test func reservedWordsAndLeadingDigitsAreMadeIdentifiers() throws {
        let names = try Self.names("""
              /a: {delete: {operationId: delete, responses: {'204': {description: ok}}}}
              /b: {get: {operationId: fetch, responses: {'204': {description: ok}}}}
              /c: {get: {operationId: 2fa-status, responses: {'204': {description: ok}}}}
            """)
        #expect(names == ["delete_", "fetch_", "_2FaStatus"])
    }
}
