// The IR speaks in the parser's vocabulary for literals, methods and parameter locations.
@_exported import SpecForgeParse
