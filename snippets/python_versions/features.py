# snippet: expect-output=판정: 버전 번호와 실제로 있는 기능이 맞습니다
"""이 파이썬에 3.12~3.14의 새 기능이 있는지 실행 중에 직접 확인합니다."""

import asyncio
import concurrent.futures as futures
import importlib.util
import multiprocessing
import sys
import sysconfig


def has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def main() -> None:
    print(
        f"실행한 파이썬: {sys.version.split()[0]} ({sys.implementation.name}, {sys.platform})"
    )
    # (추가된 버전, 기능, 이 파이썬에 실제로 있는가)
    features = [
        (
            (3, 12),
            "asyncio.eager_task_factory",
            hasattr(asyncio, "eager_task_factory"),
        ),
        (
            (3, 14),
            "concurrent.interpreters 모듈",
            has_module("concurrent.interpreters"),
        ),
        (
            (3, 14),
            "InterpreterPoolExecutor",
            hasattr(futures, "InterpreterPoolExecutor"),
        ),
        ((3, 14), "python -m asyncio ps/pstree", has_module("asyncio.tools")),
        (
            (3, 14),
            "asyncio.capture_call_graph",
            hasattr(asyncio, "capture_call_graph"),
        ),
    ]
    mismatches = 0
    for added, name, present in features:
        mismatches += present != (sys.version_info[:2] >= added)
        print(
            f"  {'있음' if present else '없음'}  {name} ({added[0]}.{added[1]}부터)"
        )

    # 자유 스레딩은 버전이 아니라 빌드 옵션입니다: 3.13부터 따로 빌드한 python3.13t 등에만 있습니다
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    gil_enabled = (
        sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    )
    print(f"자유 스레딩 빌드: {'예' if free_threaded else '아니요'}")
    print(f"지금 GIL: {'켜짐' if gil_enabled else '꺼짐'}")
    print(f"multiprocessing 시작 방식: {multiprocessing.get_start_method()}")

    if mismatches == 0:
        print("판정: 버전 번호와 실제로 있는 기능이 맞습니다.")
    else:
        print(
            f"판정: 버전 번호로 기대한 것과 다른 기능이 {mismatches}개 있습니다."
        )


if __name__ == "__main__":
    main()
