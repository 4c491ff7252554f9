import Dispatch

/// The reference's page plan, made once for the pages and the section warnings (found on another
/// thread beside the emitters): whichever asks first makes it; the other waits for that one.
final class SharedPagePlan: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var made: [DocsEmitter.PagePlan]?

    func plans(_ make: () -> [DocsEmitter.PagePlan]) -> [DocsEmitter.PagePlan] {
        lock.wait()
        defer { lock.signal() }
        if let made { return made }
        let plans = make()
        made = plans
        return plans
    }
}
