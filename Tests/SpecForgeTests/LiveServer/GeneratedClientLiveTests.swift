import Foundation
import HTTPTypes
import OpenAPIRuntime
import SiteAgentAPI
import SpecForgeIR
import SpecForgeKit
import SpecForgeParse
import Testing

/// The SDK in Generated/Swift/SiteAgentAPI against a real HTTP server on 127.0.0.1 that checks
/// every request against specs/waldur-site-agent.yaml and answers with conforming responses.
@Suite(.serialized) struct GeneratedClientLiveTests {
    static func model() throws -> APIModel {
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        return try Pipeline.model(spec: Fixtures.path("specs/waldur-site-agent.yaml"), warnings: &warnings, timings: &timings)
    }

    /// Asks the test server for a given status instead of the first documented success.
    struct RequestStatus: ClientMiddleware {
        var status: Int
        func intercept(
            _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
            next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
        ) async throws -> (HTTPResponse, HTTPBody?) {
            var request = request
            request.headerFields[HTTPField.Name("X-Test-Status")!] = String(status)
            return try await next(request, body, baseURL)
        }
    }

    static let uuid = UUID(uuidString: "a1b2c3d4-e5f6-7890-abcd-ef1234567890")!

    @Test func everyOperationSendsConformingRequestsAndDecodesTheResponses() async throws {
        let model = try Self.model()
        let server = try ConformanceServer(model: model)
        defer { server.stop() }
        let client = Client(serverURL: server.baseURL, token: "secret")

        let stats = try await client.celeryStatsRetrieve()
        #expect(stats.active != nil)
        let statuses = try await client.marketplaceIntegrationStatusesList(
            agentType: "site", customerUuid: "c1", o: [.minusLastRequestTimestamp], offering: "https://example.com/o/1/",
            offeringSlug: ["a", "b"], offeringUuid: [Self.uuid], page: 2, pageSize: 10,
            parentOfferingUuid: Self.uuid, status: [.active, .unknown])
        #expect(statuses.count == 1)
        var paged = 0
        for try await _ in client.marketplaceIntegrationStatusesListPaginated(pageSize: 5) { paged += 1 }
        #expect(paged == 1)
        let status = try await client.marketplaceIntegrationStatusesRetrieve(uuid: Self.uuid)
        #expect(!status.status.isEmpty)
        let connections = try await client.marketplaceSiteAgentConnectionStatsRetrieve()
        #expect(connections.agents.count == 1)
        let services = try await client.marketplaceSiteAgentServicesList(identityUuid: Self.uuid, mode: "push", page: 1, pageSize: 20, state: [._1, ._2])
        #expect(services.first?.processors.count == 1)
        for try await _ in client.marketplaceSiteAgentServicesListPaginated() {}
        let service = try await client.marketplaceSiteAgentServicesRetrieve(uuid: Self.uuid)
        #expect(service.uuid == Self.uuid)
        let processor = try await client.marketplaceSiteAgentServicesRegisterProcessor(
            uuid: Self.uuid, body: AgentProcessorCreateRequest(name: "slurm-agent", backendType: "SLURM"))
        #expect(!processor.name.isEmpty)
        _ = try await client.marketplaceSiteAgentServicesSetStatistics(uuid: Self.uuid, body: AgentServiceStatisticsRequest(statistics: .object(["jobs": .int(3)])))
        _ = try await client.marketplaceSiteAgentTaskStatsRetrieve()

        let log = server.log
        for entry in log {
            #expect(entry.problems.isEmpty, "\(entry.operationId ?? "?"): \(entry.problems)")
        }
        let exercised = Set(log.compactMap(\.operationId))
        let all = Set(model.operations.map(\.operationId))
        #expect(exercised == all, "not exercised: \(all.subtracting(exercised).sorted())")
    }

    @Test func errorStatusesThrowAnAPIErrorWithStatusHeadersAndBody() async throws {
        let server = try ConformanceServer(model: try Self.model())
        defer { server.stop() }
        let client = Client(serverURL: server.baseURL, token: "secret", middlewares: [RequestStatus(status: 503)])
        do {
            _ = try await client.marketplaceSiteAgentConnectionStatsRetrieve()
            Issue.record("a 503 should throw")
        } catch let error as APIError {
            #expect(error.statusCode == 503)
            #expect(error.operationID == "marketplace_site_agent_connection_stats_retrieve")
        }
        #expect(server.log.allSatisfy { $0.problems.isEmpty })
    }

    @Test func theServerRejectsARequestWithoutCredentials() async throws {
        let server = try ConformanceServer(model: try Self.model())
        defer { server.stop() }
        let client = Client(serverURL: server.baseURL)
        await #expect(throws: APIError.self) { _ = try await client.celeryStatsRetrieve() }
        #expect(server.log.first?.problems.first?.hasPrefix("no credentials") == true)
    }
}
