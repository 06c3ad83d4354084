// LAYERING: the globals that every host of shared/ provides (browsers, Node, Electron) and the ES
// library lacks. shared/ compiles without DOM or Node types (shared/tsconfig.json), so each global it
// uses from the hosts' common ground is declared here, one by one, with a signature all of them accept
// (a function declaration merges with the DOM's and Node's as an overload). Never add one that only
// some hosts have; use it through a parameter instead.

/** HTML structured clone (browsers, Node ≥ 17, Electron): a deep copy of plain data. */
declare function structuredClone<T>(value: T): T;
