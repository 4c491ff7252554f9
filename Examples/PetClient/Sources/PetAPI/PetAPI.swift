// The models and client of this module are generated at build time by the SpecForge build
// plugin from openapi.yaml (see specforge.yaml); this file only re-exports the runtime they use.
@_exported import OpenAPIRuntime
