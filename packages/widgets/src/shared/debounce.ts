/** A trailing debounce whose pending call can be cancelled (on disconnect) or made at once (`flush`). */
export function debounce(fn: () => void, wait: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(debounced.flush, wait);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  debounced.flush = () => {
    if (timer === undefined) return;
    debounced.cancel();
    fn();
  };
  return debounced;
}
