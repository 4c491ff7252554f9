extension APIModel {
    /// The path prefix every operation shares: the leading static segments common to all paths,
    /// not counting each path's last segment (`/api/keys/` and `/api/users/{id}/` share `/api/`;
    /// `/pets` and `/pets/{id}` share `/`). `/` when the paths share nothing.
    public var inferredBasePath: String {
        var common: [Substring]?
        for op in operations {
            let segments = op.path.split(separator: "/")
            let directory = segments.dropLast().prefix { !$0.hasPrefix("{") }
            guard let current = common else {
                common = Array(directory)
                continue
            }
            let n = zip(current, directory).prefix { $0 == $1 }.count
            common = Array(current.prefix(n))
            if common?.isEmpty == true { break }
        }
        guard let common, !common.isEmpty else { return "/" }
        return "/" + common.joined(separator: "/") + "/"
    }
}
