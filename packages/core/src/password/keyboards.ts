import type { OptionsType } from '@zxcvbn-ts/core';

type Graph = Record<string, (string | null)[]>;

/**
 * Builds zxcvbn-ts's adjacency graph of a keyboard from its layout, as zxcvbn's own build script does: the graphs
 * as data cost 1.5 KB gzip, the layouts a tenth of that. A key's neighbours are listed in a fixed order of
 * directions (the estimate counts turns by it); rows of a typewriter keyboard are slanted, the keypad is aligned.
 */
function keyboardGraph(layout: string, slanted: boolean): Graph {
  const keys = new Map<string, string>();
  const unit = layout.trim().split(/\s+/)[0].length + 1;
  layout.split('\n').forEach((line, y) => {
    for (const { 0: key, index } of line.matchAll(/\S+/g)) {
      keys.set(`${Math.floor((index - (slanted ? y - 1 : 0)) / unit)},${y}`, key);
    }
  });
  const around = slanted
    ? [
        [-1, 0],
        [0, -1],
        [1, -1],
        [1, 0],
        [0, 1],
        [-1, 1],
      ]
    : [
        [-1, 0],
        [-1, -1],
        [0, -1],
        [1, -1],
        [1, 0],
        [1, 1],
        [0, 1],
        [-1, 1],
      ];
  const graph: Graph = {};
  for (const [position, key] of keys) {
    const [x, y] = position.split(',').map(Number);
    for (const char of key) graph[char] = around.map(([dx, dy]) => keys.get(`${x + dx},${y + dy}`) ?? null);
  }
  return graph;
}

const QWERTZ = `
^° 1! 2" 3§ 4$ 5% 6& 7/ 8( 9) 0= ß? ´\`
    qQ wW eE rR tT zZ uU iI oO pP üÜ +*
     aA sS dD fF gG hH jJ kK lL öÖ äÄ #'
   <> yY xX cC vV bB nN mM ,; .: -_
`;
const QWERTY = `
\`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+
    qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|
     aA sS dD fF gG hH jJ kK lL ;: '"
      zZ xX cC vV bB nN mM ,< .> /?
`;
const KEYPAD = `
  / * -
7 8 9 +
4 5 6
1 2 3
  0 .
`;

/** Keyboard walks on German and US layouts and the keypad; azerty and dvorak are rare here. */
export function keyboardGraphs(): NonNullable<OptionsType['graphs']> {
  return {
    qwertz: keyboardGraph(QWERTZ, true),
    qwerty: keyboardGraph(QWERTY, true),
    keypad: keyboardGraph(KEYPAD, false),
  };
}
