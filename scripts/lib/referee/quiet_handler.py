"""The request handler of the scripts' servers on 127.0.0.1: no access log, and no Content-Type
made up for a request that names none."""

from wsgiref.simple_server import WSGIRequestHandler


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass

    def get_environ(self):
        # wsgiref reports `text/plain` for a request that names no Content-Type; report none.
        env = super().get_environ()
        if self.headers.get("content-type") is None:
            env.pop("CONTENT_TYPE", None)
        return env
