import Testing

/// Each part of a multipart body carries its `Content-Type`, from its Encoding Object or, without
/// one, by its schema as OpenAPI says; the Encoding Object's headers are parameters of the method.
@Suite("Swift SDK: multipart parts")
struct SwiftMultipartTests {
    @Test("Content types by encoding, else by schema; part headers as typed parameters")
    func partsAndHeaders() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /docs:
                post:
                  operationId: docs_upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            scan: {type: string, format: binary}
                            title: {type: string}
                            pages: {type: array, items: {type: integer}}
                            meta: {type: object, properties: {lang: {type: string}}}
                            thumbs: {type: array, items: {type: string, format: binary}}
                        encoding:
                          scan:
                            contentType: image/*
                            headers:
                              X-Scan-Id: {required: true, description: Unique., schema: {type: string, format: uuid}}
                              X-Tags: {schema: {type: array, items: {type: string}}, explode: true}
                          title: {contentType: 'text/markdown, text/plain'}
                  responses: {'204': {description: ok}}
            """#)
        let client = try #require(sdk["Client/Client+Untagged.swift"])
        #expect(client.contains("""
                /// `POST /docs`
                ///
                /// - Parameters:
                ///   - scanXScanId: The `X-Scan-Id` header of the part `scan`. Unique.
                ///   - scanXTags: The `X-Tags` header of the part `scan`.
                public func docsUpload(body: DocsUploadBody, scanXScanId: UUID, scanXTags: [String]? = nil) async throws {
                    var request = APIRequest(method: .post, path: "/docs", operationID: "docs_upload")
                    try request.setMultipartBody(body, binaryFields: ["scan"], contentTypes: ["scan": "application/octet-stream", "title": "text/markdown", "pages": "text/plain", "meta": "application/json", "thumbs": "application/octet-stream"], partHeaders: ["scan": APIRequest.partHeader("X-Scan-Id", scanXScanId) + APIRequest.partHeader("X-Tags", scanXTags, explode: true)])
            """))
    }

    @Test("Without encodings or a schema's properties, no content types are passed")
    func freeForm() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /any:
                post:
                  operationId: any_upload
                  requestBody:
                    content: {multipart/form-data: {schema: {type: object}}}
                  responses: {'204': {description: ok}}
            """#)
        #expect(sdk["Client/Client+Untagged.swift"]?.contains("if let body { try request.setMultipartBody(body, binaryFields: []) }") == true)
    }
}
