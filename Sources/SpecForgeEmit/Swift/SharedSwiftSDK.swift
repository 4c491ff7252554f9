import Dispatch
import SpecForgeIR
import SpecForgeWrite

/// The Swift SDK of a model, made once for every emitter that reads it: the Swift emitter
/// renders it and the reference's Swift tab calls it. Whichever asks first makes it; the other
/// waits for that one instead of making its own.
public final class SharedSwiftSDK: @unchecked Sendable {
    private let model: APIModel
    private let credentialPrefixes: [String: String]
    private let lock = DispatchSemaphore(value: 1)
    private var made: SwiftSDK?

    /// `credentialPrefixes`: by security scheme name, the text sent before an API key (the
    /// reference's Swift tab reads only the parameter names, which the prefixes leave alone).
    public init(model: APIModel, credentialPrefixes: [String: String] = [:]) {
        self.model = model
        self.credentialPrefixes = credentialPrefixes
    }

    /// Whether an emitter has asked for the SDK (and so made it).
    var isMade: Bool {
        lock.wait()
        defer { lock.signal() }
        return made != nil
    }

    /// Starts making the SDK on another thread: its analysis, the longest stretch of one
    /// thread's work before the Swift files, is then under way while the caller sets up the
    /// emitters (templates, layout). Whoever asks for the SDK meanwhile waits for that one.
    public func startMaking() {
        detachThread { _ = self.sdk }
    }

    var sdk: SwiftSDK {
        lock.wait()
        defer { lock.signal() }
        if let made { return made }
        let sdk = SwiftSDK(model: model, credentialPrefixes: credentialPrefixes)
        made = sdk
        return sdk
    }
}
