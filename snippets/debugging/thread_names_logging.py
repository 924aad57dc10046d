"""로그에 스레드 이름을 남기면, 섞여 나오는 줄도 어느 스레드가 썼는지 보입니다.

Thread(name=...)와 ThreadPoolExecutor(thread_name_prefix=...)로 이름을 짓습니다.
"""

import logging
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# snippet: highlight-start
logging.basicConfig(
    stream=sys.stdout,
    level=logging.INFO,
    format="%(relativeCreated)4.0fms [%(threadName)s] %(message)s",
)
# snippet: highlight-end
log = logging.getLogger("수집기")


def fetch(page: str) -> None:
    log.info("%s 요청", page)
    time.sleep(0.2)
    log.info("%s 완료", page)


def watch(stop: threading.Event) -> None:
    while not stop.wait(0.15):
        log.info("아직 일하는 중")


stop = threading.Event()
# snippet: highlight
watcher = threading.Thread(target=watch, args=(stop,), name="감시자")
watcher.start()
# snippet: highlight
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="다운로더") as pool:
    list(pool.map(fetch, ["page-1", "page-2", "page-3"]))
stop.set()
watcher.join()
log.info("모두 끝났습니다")
