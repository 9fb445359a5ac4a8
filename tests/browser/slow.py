"""A deliberately slow server for the browser tests: the answer to each autosave
(an admin POST asking for JSON) is held back after the page was saved, as on a
busy server or a slow connection, so that the author can press a button meanwhile."""

import time

AUTOSAVE_ANSWER_DELAY = 6  # seconds


class SlowAutosaveMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST" and not request.accepts("text/html"):
            time.sleep(AUTOSAVE_ANSWER_DELAY)
        return response
