"""`http(s)://` inputs: a news page fetched, then read as an HTML file is.

One GET with a time limit and a size limit (a page bigger than the limit is refused, not cut),
no retries: a batch never waits long on one address. The page goes through the same
trafilatura extraction as a saved `.html` file, so its title and date are read too.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from ..errors import InputError

TIMEOUT_SECONDS = 20
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "article-annotator (+https://pypi.org/project/article-annotator/)"


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def fetch(url: str) -> bytes | InputError:
    """The page's bytes, or an InputError saying why they could not be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        return InputError(url, f"the server answered {exc.code} {exc.reason}")
    except (urllib.error.URLError, OSError) as exc:  # refused, unreachable, no DNS, timed out
        reason = getattr(exc, "reason", exc)
        return InputError(url, f"could not fetch it: {reason} (is the network reachable?)")
    if len(data) > MAX_BYTES:
        return InputError(url, f"the page is larger than {MAX_BYTES // (1024 * 1024)} MiB; save it and give the file")
    return data
