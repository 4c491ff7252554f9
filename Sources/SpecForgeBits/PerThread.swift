#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread, made on the thread's first ask and released when the thread ends: for
/// caches a thread fills and reads without a lock (the renderer's lookup hints, the parser's
/// recent file numbers).
public final class PerThread<Object: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t
    @usableFromInline let make: @Sendable () -> Object

    public init(_ make: @escaping @Sendable () -> Object) {
        var key = pthread_key_t()
        // The destructor sees only the pointer: releasing it needs no type.
        pthread_key_create(&key) { raw in
            #if canImport(Darwin)
            Unmanaged<AnyObject>.fromOpaque(raw).release()
            #else
            if let raw { Unmanaged<AnyObject>.fromOpaque(raw).release() }
            #endif
        }
        self.key = key
        self.make = make
    }

    /// This thread's object.
    @inlinable
    public var value: Object {
        if let raw = pthread_getspecific(key) { return Unmanaged<Object>.fromOpaque(raw).takeUnretainedValue() }
        let made = make()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }
}
