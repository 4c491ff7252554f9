import SpecForgeBits
import SpecForgeLoad

/// Schemas and the `$ref`s between them: parsed once each, named by file and pointer.
extension DocumentParser {
    mutating func parseSchemaRef(_ node: Node, _ file: String) -> SchemaRef {
        if let map = node.mapping, let refNode = map["$ref"] {
            guard let key = schemaRefKey(refNode, file) else { return .inline(Schema(location: Location(file: file, mark: node.mark))) }
            return .ref(key)
        }
        return .inline(parseSchema(node, file))
    }

    mutating func parseSchema(_ node: Node, _ file: String) -> Schema {
        var schema = Schema(location: Location(file: file, mark: node.mark))
        guard let map = node.mapping else {
            if node.scalar?.isNull == true {
                warning(file, node.mark, "schema is null; read as an empty schema (any value)")
            } else if let text = node.string, node.scalar?.bool == nil {
                error(file, node.mark, "expected a schema (a mapping), found a scalar '\(text)'")
            } else if node.scalar == nil {
                error(file, node.mark, "expected a schema (a mapping), found \(node.kindName)")
            }
            return schema
        }
        schemaDepth += 1
        defer { schemaDepth -= 1 }
        guard schemaDepth <= Self.maxSchemaDepth else {
            error(file, node.mark, "schema nested deeper than \(Self.maxSchemaDepth) levels")
            return schema
        }
        for entry in map.entries {
            let value = entry.value
            // The keywords most documents use most come first (a switch on strings tries its cases in order).
            switch entry.key {
            case "type":
                if let s = value.string {
                    schema.types = [s]
                } else if let list = value.sequence {
                    for t in list.compactMap(\.string) {
                        if t == "null" { schema.nullable = true } else { schema.types.append(t) }
                    }
                } else {
                    error(file, value.mark, "'type' must be a string or a list of strings")
                }
            case "description": schema.description = value.string
            case "format": schema.format = value.string
            case "$ref":
                // A named schema that refers to another (`Alias: {$ref: ...}`) is that schema; kept as
                // a one-member `allOf`, with any sibling keywords (OpenAPI 3.1) beside it.
                if let key = schemaRefKey(value, file) { schema.allOf.insert(.ref(key), at: 0) }
            case "items":
                schema.items = parseSchemaRef(value, file)
            case "properties":
                guard let props = expectMapping(value, file, "properties") else { continue }
                schema.properties = props.entries.map { ($0.key, parseSchemaRef($0.value, file)) }
            case "required":
                schema.required = value.sequence?.compactMap(\.string) ?? []
            case "nullable": schema.nullable = schema.nullable || (value.scalar?.bool ?? false)
            case "readOnly": schema.readOnly = value.scalar?.bool ?? false
            case "enum":
                guard value.sequence != nil, case .array(let items) = literal(value, file) else {
                    warning(file, value.mark, "'enum' must be a list of values, found \(value.kindName); it is ignored")
                    continue
                }
                schema.enumValues = items
                if schema.enumValues?.contains(.null) == true {
                    schema.nullable = true
                    schema.enumValues?.removeAll { $0 == .null }
                }
            case "maxLength": schema.constraints.maxLength = value.scalar?.int
            case "minLength": schema.constraints.minLength = value.scalar?.int
            case "minimum": schema.constraints.minimum = value.string.flatMap(Double.init)
            case "maximum": schema.constraints.maximum = value.string.flatMap(Double.init)
            case "pattern": schema.constraints.pattern = value.string
            case "allOf": schema.allOf += parseSchemaList(value, file, "allOf")
            case "oneOf": schema.oneOf = parseSchemaList(value, file, "oneOf")
            case "anyOf": schema.anyOf = parseSchemaList(value, file, "anyOf")
            case "title": schema.title = value.string
            case "additionalProperties":
                if let b = value.scalar?.bool {
                    schema.additionalProperties = .allowed(b)
                } else {
                    schema.additionalProperties = .schema(parseSchemaRef(value, file))
                }
            case "default": schema.defaultValue = literal(value, file)
            case "example": schema.example = literal(value, file)
            case "examples":
                if schema.example == nil, let first = value.sequence?.first { schema.example = literal(first, file) }
            case "writeOnly": schema.writeOnly = value.scalar?.bool ?? false
            case "deprecated": schema.deprecated = value.scalar?.bool ?? false
            case "discriminator":
                guard let name = value["propertyName"]?.string else { continue }
                var mapping: [(String, String)] = []
                for m in value["mapping"]?.mapping?.entries ?? [] {
                    guard let target = m.value.string else { continue }
                    let refNode = Node(.scalar(Scalar(target.contains("/") || target.contains("#") ? target : "#/components/schemas/" + target, isPlain: false)), mark: m.value.mark)
                    if let key = schemaRefKey(refNode, file) { mapping.append((m.key, key)) }
                }
                schema.discriminator = Discriminator(propertyName: name, mapping: mapping)
            case "const": schema.enumValues = [literal(value, file)]
            case "minItems": schema.constraints.minItems = value.scalar?.int
            default: break
            }
        }
        return schema
    }

    /// A literal value (`example`, `default`, `enum`), reported when it nests too deeply to keep.
    mutating func literal(_ node: Node, _ file: String) -> JSONValue {
        if let deep = node.firstNode(deeperThan: JSONValue.maxDepth) {
            error(file, deep.mark, "value nested deeper than \(JSONValue.maxDepth) levels")
        }
        return JSONValue(node)
    }

    mutating func parseSchemaList(_ node: Node, _ file: String, _ what: String) -> [SchemaRef] {
        guard let items = node.sequence else {
            error(file, node.mark, "'\(what)' must be a list of schemas, found \(node.kindName)")
            return []
        }
        return items.map { parseSchemaRef($0, file) }
    }

    /// The key a schema `$ref` names, scheduling its target to be parsed.
    mutating func schemaRefKey(_ refNode: Node, _ file: String) -> String? {
        guard let text = refNode.string else {
            error(file, refNode.mark, "'$ref' must be a string")
            return nil
        }
        // A component schema of the root file named as written there: nothing to resolve or
        // schedule (in the paths' runs, parsed before the components are, it would be scheduled
        // in vain: taken in after them, it is found parsed).
        if file == rootFile, let key = componentRefs[NameKey(text)] { return key }
        // A reference met again in the same file names the same key, already scheduled.
        if let key = refKeys[file]?[text] { return key }
        guard let ref = resolveRef(text, file, refNode.mark, ignored: "read as an empty schema (any value)") else { return nil }
        let rawKey = schemaKey(file: ref.file, pointer: ref.pointer)
        let key = aliases[rawKey] ?? rawKey
        if schemas[key] == nil, pendingKeys.insert(key).inserted {
            pendingRefs.append((key, ResolvedRef(file: ref.file, pointer: ref.pointer, text: text, from: Location(file: file, mark: refNode.mark))))
        }
        refKeys[file, default: [:]][text] = key
        return key
    }

    /// Component schemas of the root file are keyed by their name; anything else by file and pointer.
    func schemaKey(file: String, pointer: String) -> String {
        let prefix = "/components/schemas/"
        if file == rootFile, pointer.hasPrefix(prefix), !pointer.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/")) {
            return unescapePointer(String(pointer.dropFirst(prefix.count)))
        }
        return file == rootFile ? "#" + pointer : file + "#" + pointer
    }

    mutating func resolvePendingRefs() {
        // First in, first out: named schemas are ordered as the document reaches them.
        var next = 0
        while next < pendingRefs.count {
            let (key, ref) = pendingRefs[next]
            next += 1
            if schemas[key] != nil { continue }
            switch sources.node(file: ref.file, pointer: ref.pointer) {
            case .success(let node):
                let segments = ref.pointer.split(separator: "/")
                let name = segments.last.map { unescapePointer(String($0)) } ?? Self.fileStem(ref.file)
                if !Self.canBeIdentifier(name) {
                    error(ref.from.file, ref.from.mark, "'$ref: \(ref.text)' names a schema '\(name)' that cannot become a type name: it has no letters or digits")
                }
                // A placeholder first, so that a cycle through this schema ends here.
                schemas[key] = NamedSchema(key: key, name: name, schema: Schema(location: Location(file: ref.file, mark: node.mark)))
                schemaOrder.append(key)
                let schema = parseSchema(node, ref.file)
                schemas[key]?.schema = schema
            case .failure(let problem):
                unresolved(ref.text, ref.from.file, ref.from.mark, problem)
            }
        }
    }

    mutating func unresolved(_ text: String, _ file: String, _ mark: Mark, _ problem: SourceSet.Problem) {
        error(file, mark, "unresolved reference '\(text)': \(problem.message)")
        if let e = problem.loadError, let at = e.mark, reportedFiles.insert(e.file).inserted {
            fileErrors.append((diagnostics.count, e.file))
            error(e.file, at, e.message)
        }
    }

    /// The file and pointer a `$ref` names; nil (reported) when it names none SpecForge can read.
    mutating func resolveRef(_ text: String, _ file: String, _ mark: Mark, ignored: String) -> (file: String, pointer: String)? {
        if let ref = sources.resolve(text, from: file) { return ref }
        if text.split(separator: "#", maxSplits: 1).first?.containsUTF8("://") == true {
            warning(file, mark, "'$ref: \(text)' names a URL; remote references are not supported, so it is \(ignored)")
        } else {
            error(file, mark, "cannot resolve '$ref: \(text)': the part after '#' must be a JSON pointer starting with '/'")
        }
        return nil
    }

    static func fileStem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.split(separator: ".").first.map(String.init) ?? last
    }
}
