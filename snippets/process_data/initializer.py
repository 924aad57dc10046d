# snippet: expect-output=판정: 준비 작업은 작업자 PID마다 한 번씩만 실행되었습니다
"""initializer와 initargs: 작업자 프로세스마다 처음에 한 번만 준비 작업을
합니다. 일 하나하나는 준비해 둔 것을 씁니다."""

import os
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

WORDS = ["cat", "dog", "bird", "fish", "cat", "dog"] * 2
# 작업자 프로세스 안에서 준비 작업이 채우는 전역 변수
dictionary: dict[str, str] = {}
loads = 0


def load_dictionary(language: str) -> None:
    global loads
    # 큰 사전 파일을 읽는 데 0.2초 걸린다고 칩니다
    time.sleep(0.2)
    if language == "ko":
        dictionary.update(cat="고양이", dog="개", bird="새", fish="물고기")
    loads += 1


def translate(word: str) -> tuple[int, int, str]:
    return os.getpid(), loads, dictionary.get(word, "?")


if __name__ == "__main__":
    # snippet: highlight-start
    with ProcessPoolExecutor(
        max_workers=2, initializer=load_dictionary, initargs=("ko",)
    ) as pool:
        # snippet: highlight-end
        results = list(pool.map(translate, WORDS))
    print("번역:", " ".join(word for _, _, word in results))
    tasks = Counter(pid for pid, _, _ in results)
    for pid, count in tasks.items():
        seen = sorted({n for worker, n, _ in results if worker == pid})
        print(f"작업자 PID {pid}: 일 {count}개, 일마다 본 준비 횟수 {seen}")

    # --- 결과 확인: 작업자마다 본 준비 횟수로 판정합니다 ---
    once = all(seen == 1 for _, seen, _ in results)
    if once and len(tasks) <= 2 and "?" not in (w for _, _, w in results):
        print("판정: 준비 작업은 작업자 PID마다 한 번씩만 실행되었습니다.")
    else:
        print(
            "판정: 준비 작업이 한 번보다 많이 실행되었거나 번역이 빠졌습니다."
        )
