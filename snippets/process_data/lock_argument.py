# snippet: expect-error=RuntimeError
"""흔한 실수: multiprocessing.Lock을 Pool에 보내는 일의 인자로 넘깁니다.

록은 피클링해서 보낼 수 없습니다. 작업자 프로세스를 만들 때 물려주어야
합니다."""

import multiprocessing


def write_line(lock, line: str) -> None:
    with lock:
        print(line)


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2) as pool:
        # 실수: 록을 일과 함께 피클링해서 보내려고 합니다
        # snippet: highlight
        pool.apply(write_line, (lock, "첫 줄"))
