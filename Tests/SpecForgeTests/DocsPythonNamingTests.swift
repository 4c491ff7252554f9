import Testing

@testable import SpecForgeEmit

/// The Python tab names what openapi-python-client (0.29) generates by its rules. The expected
/// values are what its own `snake_case`, `PythonIdentifier` and `ClassName` return for them.
/// ASCII names are read as bytes, others as characters: both readings agree on ASCII.
@Suite struct DocsPythonNamingTests {
    @Test(arguments: [
        ("HTTPServer", "http_server", "http_server", "HTTPServer"),
        ("getHTTPResponse", "get_http_response", "get_http_response", "GetHTTPResponse"),
        ("already_snake", "already_snake", "already_snake", "AlreadySnake"),
        ("with-dash.and space", "with_dash_and_space", "with_dash_and_space", "WithDashAndSpace"),
        ("_private", "private", "field_private", "Private"),
        ("aB", "a_b", "a_b", "AB"),
        ("Ab9Cd", "ab_9_cd", "ab_9_cd", "Ab9Cd"),
        ("123abc", "123abc", "field_123abc", "Field123abc"),
        ("a\r\nb", "ab", "ab", "Ab"),
        ("@type", "type", "type_", "Type"),
        ("OAuthClient", "o_auth_client", "o_auth_client", "OAuthClient"),
        ("userID", "user_id", "user_id", "UserID"),
        ("class", "class", "class_", "Class"),
        ("camelCaseWith2Numbers3", "camel_case_with_2_numbers_3", "camel_case_with_2_numbers_3", "CamelCaseWith2Numbers3"),
        ("snake_Case-MiXed.dots", "snake_case_mi_xed_dots", "snake_case_mi_xed_dots", "SnakeCaseMiXedDots"),
        ("Über", "ü_ber", "ü_ber", "ÜBer"),
        ("naïveName", "na_ï_ve_name", "na_ï_ve_name", "NaÏVeName"),
    ])
    func namesAsOpenAPIPythonClientGivesThem(value: String, snake: String, identifier: String, className: String) {
        #expect(PythonNaming.snakeCase(value) == snake)
        #expect(PythonNaming.identifier(value) == identifier)
        #expect(PythonNaming.className(value) == className)
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(PythonNaming.sanitize(value) == PythonNaming.sanitizeCharacters(value))
            #expect(PythonNaming.words(value) == PythonNaming.wordsOfCharacters(value))
            #expect(PythonNaming.words(PythonNaming.sanitize(value)) == PythonNaming.wordsOfCharacters(PythonNaming.sanitizeCharacters(value)))
        }
    }
}
