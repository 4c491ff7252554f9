"""A server on 127.0.0.1 that checks every request against an OpenAPI document with openapi-core:
200 for a valid request, 422 with the reasons otherwise.

    python validating_server.py SPEC PORT PATH_PREFIX"""

import json
import pathlib
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from werkzeug.wrappers import Request, Response

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "lib"))
from referee.openapi_document import load, reasons  # noqa: E402
from referee.quiet_handler import QuietHandler  # noqa: E402

spec_path, port, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
document, openapi = load(spec_path, port, prefix)


def app(environ, start_response):
    request = Request(environ)
    try:
        openapi.validate_request(WerkzeugOpenAPIRequest(request))
        response = Response('{"valid": true}', status=200, content_type="application/json")
    except Exception as e:  # every reason a request is not valid
        response = Response(json.dumps({"valid": False, "reasons": reasons(e)}), status=422, content_type="application/json")
    return response(environ, start_response)


make_server("127.0.0.1", port, app, handler_class=QuietHandler).serve_forever()
