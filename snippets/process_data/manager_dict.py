# snippet: expect-output=판정: 자식들이 프록시로 고친 내용을 부모가 모두 봤습니다
# snippet: expect-output=판정: 프록시로 한 번 고치는 데 보통 dict보다 100배 넘게 걸렸습니다
"""multiprocessing.Manager: 서버 프로세스가 dict와 list를 들고 있고,
다른 프로세스는 프록시(proxy)를 통해 그것을 고칩니다."""

import multiprocessing
import time

OPERATIONS = 2_000


def record(scores, log, name: str, score: int) -> None:
    # 프록시에 한 일은 메시지가 되어 서버 프로세스로 갑니다
    # snippet: highlight-start
    scores[name] = score
    log.append(f"{name} 기록 끝")
    # snippet: highlight-end


def per_operation(target) -> float:
    """target에 값을 OPERATIONS번 넣고, 한 번에 걸린 평균 시간을 돌려줍니다."""
    start = time.perf_counter()
    for number in range(OPERATIONS):
        target[number % 10] = number
    return (time.perf_counter() - start) / OPERATIONS


if __name__ == "__main__":
    players = {"가온": 72, "나래": 85, "다솜": 90}
    # snippet: highlight
    with multiprocessing.Manager() as manager:
        # snippet: highlight
        scores, log = manager.dict(), manager.list()
        children = [
            multiprocessing.Process(target=record, args=(scores, log, *item))
            for item in players.items()
        ]
        for child in children:
            child.start()
        for child in children:
            child.join()
        # 프록시는 with 블록 안에서만 씁니다: 나가면 서버 프로세스가 끝납니다
        seen, logged = dict(sorted(scores.items())), list(log)
        print(f"부모가 본 dict: {seen}")
        print(f"부모가 본 list(순서는 실행마다 다릅니다): {logged}")

        # --- 결과 확인: 본 내용과, 한 번 고치는 데 든 시간으로 판정합니다 ---
        if seen == dict(sorted(players.items())) and len(logged) == 3:
            print("판정: 자식들이 프록시로 고친 내용을 부모가 모두 봤습니다.")
        else:
            print(
                "판정: 자식들이 고친 것 중 부모에게 보이지 않은 것이 있습니다."
            )
        proxy = per_operation(manager.dict())
        plain = min(per_operation({}) for _ in range(3))
        print(
            f"한 번 고치는 데: 프록시 {proxy * 1e6:.1f}마이크로초, "
            f"보통 dict {plain * 1e6:.2f}마이크로초"
        )
        if proxy > 100 * plain:
            print(
                "판정: 프록시로 한 번 고치는 데 보통 dict보다 100배 넘게 "
                f"걸렸습니다 ({proxy / plain:.0f}배)."
            )
        else:
            print(
                f"판정: 프록시가 보통 dict보다 {proxy / plain:.0f}배 "
                "느린 데 그쳤습니다."
            )
