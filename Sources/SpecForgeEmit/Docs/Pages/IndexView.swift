import SpecForgeRender

extension DocsEmitter {
    /// The index page: the layout's categories and groups; without categories, every page.
    func indexValue(_ index: DocsConfig.Index, plans: [PagePlan]) -> Value {
        let pages: [Value] =
            config.categories.isEmpty
            ? plans.map { plan in
                [
                    "pageTitle": .string(plan.title),
                    "link": .string(plan.path),
                    "summary": DocsNaming.usableFirstLine(plan.intro).templateValue,
                ]
            } : []
        return [
            "title": .string(index.title ?? model.title),
            "intro": index.intro.templateValue,
            "hasPages": .bool(!pages.isEmpty),
            "changes": changesPage.map { page in
                ["changesTitle": .string(page.changes.title), "version": .string(model.version), "link": .string(page.path)] as Value
            } ?? .null,
            "pages": .list(pages),
            "categories": .list(
                config.categories.map { category in
                    [
                        "categoryTitle": .string(category.title),
                        "groups": .list(
                            category.groups.map { group in
                                [
                                    "groupTitle": .string(group.title),
                                    "link": .string("\(category.slug)/\(group.slug)/\(group.pages.first?.file ?? group.slug).md"),
                                ]
                            }),
                    ]
                }),
        ]
    }
}
