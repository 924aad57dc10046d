# snippet: expect-output=판정: 자식들이 Array에 쓴 값을 부모가 모두 보았습니다
"""multiprocessing.Array: 공유 메모리에 놓인 고정 길이 배열.

자식 프로세스가 쓴 값이 부모에게 그대로 보입니다."""

import multiprocessing

SIZE = 8


def fill_half(numbers, half: int) -> None:
    # 칸 하나를 읽고 쓸 때마다 배열에 딸린 록이 감쌉니다.
    # 자식마다 서로 다른 칸에만 쓰므로 get_lock()을 따로 쥘 필요는 없습니다
    start = half * SIZE // 2
    for index in range(start, start + SIZE // 2):
        # snippet: highlight
        numbers[index] = index * index


if __name__ == "__main__":
    # 'i'(C의 int) 8개짜리 배열. 0으로 채워져 있습니다
    # snippet: highlight
    numbers = multiprocessing.Array("i", SIZE)
    children = [
        multiprocessing.Process(target=fill_half, args=(numbers, half))
        for half in (0, 1)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join()
    # 슬라이스는 그 순간의 값을 복사한 보통 리스트입니다
    # snippet: highlight
    seen = numbers[:]
    print(f"부모가 본 배열: {seen}")

    # --- 결과 확인: 부모가 본 값으로 판정합니다 ---
    if seen == [index * index for index in range(SIZE)]:
        print("판정: 자식들이 Array에 쓴 값을 부모가 모두 보았습니다.")
    else:
        print("판정: 부모에게 보이지 않은 값이 있습니다.")
