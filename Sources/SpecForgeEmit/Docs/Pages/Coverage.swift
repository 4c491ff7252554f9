import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse

extension DocsEmitter {
    /// A warning when the reference would document no operation at all, saying why: an empty
    /// document, filters that leave nothing, or a layout's base path or methods no operation has.
    /// `spec` is the document's file; `filteredOut` how many operations the job's filters removed.
    public func coverageWarnings(spec: String, filteredOut: Int) -> [Diagnostic] {
        let documented = model.operations.contains { $0.path.hasPrefix(basePath) && config.methods.contains($0.method) }
        guard !documented else { return [] }
        let start = Mark(line: 1, column: 1)
        func warning(_ location: Location?, _ text: String) -> [Diagnostic] {
            [Diagnostic(.warning, file: location?.file ?? spec, mark: location?.mark ?? start, "no operation is documented: " + text)]
        }
        guard let first = model.operations.first else {
            if filteredOut > 0 {
                return warning(nil, "the include/exclude filters leave none of the document's \(filteredOut) operations")
            }
            return warning(nil, "the document has no operations (its 'paths' are empty)")
        }
        let underBase = model.operations.filter { $0.path.hasPrefix(basePath) }
        if underBase.isEmpty {
            return warning(
                config.basePathSource,
                "no path starts with base-path '\(basePath)' (the first is '\(first.path)'); remove base-path to use the prefix all paths share"
            )
        }
        let methods = Set(underBase.map(\.method.rawValue)).sorted().joined(separator: ", ")
        return warning(nil, "the layout's methods include none of the methods used (\(methods))")
    }

    /// A warning for each operation a page's configured sections leave out: one none of the
    /// sections names, on a page without a `rest: true` section.
    public func sectionWarnings(spec: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for plan in plans {
            guard let sections = plan.sections, !sections.contains(where: \.rest) else { continue }
            let named = Set(sections.flatMap(\.operations))
            for op in Self.sorted(plan.operations) where !named.contains(op.operationId) {
                warnings.append(
                    Diagnostic(
                        .warning, file: plan.sectionsSource?.file ?? spec, mark: plan.sectionsSource?.mark ?? Mark(line: 1, column: 1),
                        "operation '\(op.operationId)' is in none of the sections of page \(plan.path) and is left out; name it in a section or add a section with 'rest: true'"
                    ))
            }
        }
        return warnings
    }
}
