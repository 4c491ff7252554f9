import SpecForgeIR
import SpecForgeParse
import SpecForgeRender

/// What one client method needs: its signature, how it builds the request, and how it reads the response.
/// A class: made by `SwiftClientBuilder` (which then names its variants), then only read — by
/// the client files, the model files' grouping and the reference's Swift tab, on several threads.
final class SwiftOperationView: @unchecked Sendable {
    /// A parameter of the method. A class: read by each of the operation's methods as it is
    /// rendered, and a struct of five references was retained field by field at every copy.
    final class Parameter: Sendable {
        let name: String
        let type: String
        let optional: Bool
        let doc: String?
        /// The parameter of the spec it stands for (nil for the body).
        let source: ParameterIR?
        let isBody: Bool

        init(name: String, type: String, optional: Bool, doc: String?, source: ParameterIR? = nil, isBody: Bool = false) {
            self.name = name
            self.type = type
            self.optional = optional
            self.doc = doc
            self.source = source
            self.isBody = isBody
        }
    }

    /// What a parameter's value is to its serialization: one value, a list, an object's
    /// properties, or (a parameter with a JSON `content`) JSON text.
    enum Shape: Sendable { case value, list, object, json }

    /// A query, header or cookie parameter: how the request method adds it.
    struct RequestPart: Sendable {
        /// `addQuery`, `addHeader` or `addCookie`.
        var call: String
        var key: String
        var name: String
        var shape: Shape
        /// The OpenAPI style (`form`, `deepObject`, …) and explode flag.
        var style: String
        var explode: Bool
        /// Whether style and explode are the location's defaults (left out of the call).
        var isDefault: Bool
        var isPage: Bool
    }

    /// The path template in pieces: literal text, and parameters with their style.
    struct PathPiece: Sendable {
        var text: String
        var parameter: (key: String, name: String, shape: Shape, style: String, explode: Bool)?
    }

    var operationId: String
    /// The path template of the spec (`/pets/{id}`).
    var route: String
    var methodName: String
    var pagedName: String?
    /// The name of the variant that returns a binary body unread (`…Stream`), for `data` results.
    var streamName: String?
    /// The name of the variant that also returns the response's headers (`…WithHeaders`), and
    /// the struct it returns them in, for operations whose success responses declare headers.
    var headersName: String?
    var headersType: String?
    var pageElement: String?
    var doc: [String]
    var deprecated: Bool
    var method: String
    var path: [PathPiece]
    var parameters: [Parameter]
    var parts: [RequestPart]
    /// `json`, `form`, `multipart`, `raw` or nil.
    var bodyKind: String?
    var bodyOptional: Bool = false
    var bodyContentType: String = ""
    var binaryFields: [String] = []
    /// The Encoding Objects of a form or multipart body.
    var bodyEncoding: [Encoding] = []
    /// The parts of a multipart body: their content types and headers.
    var multipart: SwiftMultipart = SwiftMultipart()
    var bodyIsText: Bool = false
    /// `json`, `optionalJSON`, `text`, `data` or `void`.
    var resultKind: String
    var resultType: String
    var statuses: String
    /// The security alternatives, as `SecurityScheme` case names, in the operation's order.
    var security: [[String]] = []
    /// The media types the method decodes, sent as `Accept` (nil when it reads no body).
    var accept: String? = nil
    /// For a result chosen by status (`status`, `optionalStatus`): each status's case and type;
    /// the last one is also the `default` of the switch.
    var statusCases: [(status: Int, name: String, type: String)] = []
    /// Documented error bodies: the statuses (`400...400`, `400...499`, `100...599` for
    /// `default`) and the type, exact statuses first, `default` last.
    var errors: [(statuses: String, type: String)] = []

    init(
        operationId: String, route: String, methodName: String, pageElement: String?, doc: [String], deprecated: Bool,
        method: String, path: [PathPiece], parameters: [Parameter], parts: [RequestPart],
        bodyKind: String?, bodyOptional: Bool = false, bodyContentType: String = "", binaryFields: [String] = [],
        bodyEncoding: [Encoding] = [], multipart: SwiftMultipart = SwiftMultipart(), bodyIsText: Bool = false,
        resultKind: String, resultType: String, statuses: String, security: [[String]] = [], accept: String? = nil,
        statusCases: [(status: Int, name: String, type: String)] = [], errors: [(statuses: String, type: String)] = []
    ) {
        self.operationId = operationId
        self.route = route
        self.methodName = methodName
        self.pageElement = pageElement
        self.doc = doc
        self.deprecated = deprecated
        self.method = method
        self.path = path
        self.parameters = parameters
        self.parts = parts
        self.bodyKind = bodyKind
        self.bodyOptional = bodyOptional
        self.bodyContentType = bodyContentType
        self.binaryFields = binaryFields
        self.bodyEncoding = bodyEncoding
        self.multipart = multipart
        self.bodyIsText = bodyIsText
        self.resultKind = resultKind
        self.resultType = resultType
        self.statuses = statuses
        self.security = security
        self.accept = accept
        self.statusCases = statusCases
        self.errors = errors
    }

    /// Whether the operation has more than one method (paginated, streaming or with headers):
    /// they then share one request builder (`builder`), a private method each of them calls.
    var hasVariants: Bool { pagedName != nil || streamName != nil || headersName != nil }

    /// What the methods of the operation share: how the request is built and the response read.
    /// A method's own values (`methodValue`) sit above these when it is rendered.
    var commonValue: Value {
        .object([
            "builderName": .string("_" + methodName + "Request"),
            "headersType": .string(headersType ?? ""),
            "operationId": .string(SwiftNaming.literal(operationId)),
            "pageElement": .string(pageElement ?? ""),
            "doc": SwiftDecl.docValue(doc),
            "deprecated": .bool(deprecated),
            "method": .string(method),
            "path": .list(
                path.map { piece in
                    guard let p = piece.parameter else {
                        return .object(["text": .string(SwiftNaming.literal(piece.text)), "isParameter": false])
                    }
                    return .object([
                        "text": "",
                        "isParameter": true,
                        "key": .string(SwiftNaming.literal(p.key)),
                        "name": .string(SwiftNaming.escaped(p.name)),
                        "plain": .bool(p.shape == .value && p.style == "simple"),
                        "object": .bool(p.shape == .object),
                        "style": .string(p.style),
                        "explode": .bool(p.explode),
                    ])
                }),
            "pathThrows": .bool(path.contains { $0.parameter?.shape == .object }),
            "mutable": .bool(!parts.isEmpty || bodyKind != nil || !security.isEmpty),
            "hasSecurity": .bool(!security.isEmpty),
            "accept": accept.map { .string(SwiftNaming.literal($0)) } ?? .null,
            "errors": errors.isEmpty ? .null : .string("[" + errors.map { ".init(\($0.statuses), \($0.type).self)" }.joined(separator: ", ") + "]"),
            "security": .string("[" + security.map { "[" + $0.map { "." + SwiftNaming.escaped($0) }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"),
            "parts": .list(
                parts.map { part in
                    .object([
                        "call": .string(part.call),
                        "key": .string(SwiftNaming.literal(part.key)),
                        "value": .string(SwiftNaming.escaped(part.name)),
                        "object": .bool(part.shape == .object),
                        "json": .bool(part.shape == .json),
                        "style": .string(part.style),
                        "explode": .bool(part.explode),
                        "defaultStyle": .bool(part.isDefault),
                    ])
                }),
            "jsonBody": .bool(bodyKind == "json"),
            "formBody": .bool(bodyKind == "form"),
            "multipartBody": .bool(bodyKind == "multipart"),
            "rawBody": .bool(bodyKind == "raw"),
            "bodyIsText": .bool(bodyIsText),
            "bodyOptional": .bool(bodyOptional),
            "bodyContentType": .string(SwiftNaming.literal(bodyContentType)),
            // A JSON body of another JSON media type (`application/vnd.api+json`) is sent as that type.
            "jsonContentType": bodyKind == "json" && bodyContentType != "application/json" ? .string(SwiftNaming.literal(bodyContentType)) : .null,
            "formEncoding": Self.formEncoding(bodyKind == "form" ? bodyEncoding : []),
            "partContentTypes": Self.partContentTypes(multipart),
            "partHeaders": Self.partHeaders(multipart),
            "binaryFields": .string(binaryFields.map { "\"\(SwiftNaming.literal($0))\"" }.joined(separator: ", ")),
            "returnsStatus": .bool(resultKind == "status" || resultKind == "optionalStatus"),
            "returnsOptionalStatus": .bool(resultKind == "optionalStatus"),
            "statusCases": .list(
                statusCases.enumerated().map { i, c in
                    ["status": .string(String(c.status)), "name": .string(SwiftNaming.escaped(c.name)), "type": .string(c.type), "last": .bool(i == statusCases.count - 1)]
                }),
            "decodedType": .string(resultType),
            "returnsJSON": .bool(resultKind == "json"),
            "returnsOptionalJSON": .bool(resultKind == "optionalJSON"),
            "returnsText": .bool(resultKind == "text"),
            "statuses": .string(statuses),
        ])
    }

    /// One method of the operation: the call, a variant, or (`builder`) the request builder the
    /// methods of an operation with variants share; rendered above `commonValue`.
    func methodValue(paged: Bool, streaming: Bool = false, withHeaders: Bool = false, builder: Bool = false) -> Value {
        let pageName = parts.first(where: \.isPage)?.name
        let params = parameters.filter { !(paged && $0.name == pageName) }
        let name: String =
            paged ? pagedName ?? methodName : streaming ? streamName ?? methodName : withHeaders ? headersName ?? methodName : methodName
        var returned: String = streaming ? "HTTPBody" : resultKind.hasPrefix("optional") ? resultType + "?" : resultType
        if withHeaders, let headersType {
            returned = resultKind == "void" ? headersType : "(body: \(returned), headers: \(headersType))"
        }
        var fields: Fields = [
            "builder": .bool(builder),
            "shared": .bool(hasVariants && !builder),
            "withHeaders": .bool(withHeaders),
            "methodName": .string(SwiftNaming.escaped(name)),
            "paged": .bool(paged),
            "parameters": .list(
                params.enumerated().map { i, p in
                    .object([
                        "name": .string(SwiftNaming.escaped(p.name)),
                        "type": .string(p.optional ? p.type + "?" : p.type),
                        "defaultNil": .bool(p.optional),
                        "last": .bool(i == params.count - 1),
                    ])
                }),
            "resultType": .string(returned),
            "returnsData": .bool(resultKind == "data" && !streaming),
            "returnsStream": .bool(streaming),
            "returnsVoid": .bool(resultKind == "void" && !withHeaders),
            "returnsHeadersOnly": .bool(resultKind == "void" && withHeaders),
        ]
        if hasVariants && !builder {
            fields["arguments"] = .list(
                parameters.enumerated().map { i, p in
                    .object([
                        "label": .string(SwiftNaming.argumentLabel(p.name)),
                        "value": .string(paged && p.name == pageName ? "page" : SwiftNaming.escaped(p.name)),
                        "last": .bool(i == parameters.count - 1),
                    ])
                })
        }
        if builder {
            // The builder is private: no documentation of the call, no deprecation.
            fields["doc"] = .list([])
            fields["deprecated"] = false
        }
        return .object(fields)
    }
}

extension SwiftOperationView {
    /// `["address": .init(style: .deepObject, explode: true)]`: the `FormEncoding` of each
    /// property with an Encoding Object; nil when none has one.
    static func formEncoding(_ encoding: [Encoding]) -> Value {
        guard !encoding.isEmpty else { return .null }
        let entries = encoding.map { e -> String in
            let style = e.style ?? .form
            var arguments = ["style: .\(style.rawValue)", "explode: \(e.explode ?? (style == .form))"]
            if e.allowReserved { arguments.append("allowReserved: true") }
            if let type = e.contentType { arguments.append("contentType: \"\(SwiftNaming.literal(type))\"") }
            return "\"\(SwiftNaming.literal(e.property))\": .init(" + arguments.joined(separator: ", ") + ")"
        }
        return .string("[" + entries.joined(separator: ", ") + "]")
    }

    /// `["file": "image/png", "meta": "application/json"]`: the content type of each multipart part; nil when none is known.
    static func partContentTypes(_ parts: SwiftMultipart) -> Value {
        guard !parts.contentTypes.isEmpty else { return .null }
        return .string(
            "[" + parts.contentTypes.map { "\"\(SwiftNaming.literal($0.property))\": \"\(SwiftNaming.literal($0.contentType))\"" }.joined(separator: ", ") + "]")
    }

    /// `["file": APIRequest.partHeader("X-Trace", fileXTrace)]`: the headers of each part that
    /// has some, from the method's parameters; nil when none has.
    static func partHeaders(_ parts: SwiftMultipart) -> Value {
        guard !parts.headers.isEmpty else { return .null }
        let entries = parts.headers.map { property, headers in
            let calls = headers.map { h in
                "APIRequest.partHeader(\"\(SwiftNaming.literal(h.header))\", \(SwiftNaming.escaped(h.parameter))\(h.explode ? ", explode: true" : ""))"
            }
            return "\"\(SwiftNaming.literal(property))\": " + calls.joined(separator: " + ")
        }
        return .string("[" + entries.joined(separator: ", ") + "]")
    }
}
