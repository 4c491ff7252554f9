import Foundation
import SpecForgeIR

/// A live server for an API: it checks every request against the spec and answers with a
/// conforming response. `X-Test-Status: 404` asks for that status instead of the first success.
final class ConformanceServer: @unchecked Sendable {
    let conformance: SpecConformance
    private var server: HTTPServer?
    private let lock = NSLock()
    private var _log: [(operationId: String?, problems: [String])] = []

    init(model: APIModel) throws {
        conformance = SpecConformance(model: model)
        server = try HTTPServer { [weak self] request in
            self?.handle(request) ?? .init(status: 500)
        }
    }

    var baseURL: URL { server!.baseURL }

    /// Each request received: the operation it matched and what did not conform.
    var log: [(operationId: String?, problems: [String])] { lock.withLock { _log } }

    func stop() { server?.stop() }

    private func handle(_ request: HTTPServer.Request) -> HTTPServer.Response {
        guard let match = conformance.match(method: request.method, path: request.path) else {
            lock.withLock { _log.append((nil, ["no operation for \(request.method) \(request.path)"])) }
            return .init(status: 404)
        }
        let problems = conformance.violations(request, match)
        lock.withLock { _log.append((match.operation.operationId, problems)) }
        if !problems.isEmpty {
            return .init(status: 400, headers: [("Content-Type", "text/plain")], body: Data(problems.joined(separator: "\n").utf8))
        }
        return conformance.response(for: match.operation, status: request.header("X-Test-Status").flatMap { Int($0) })
    }
}
