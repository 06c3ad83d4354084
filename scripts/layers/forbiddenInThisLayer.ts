// LAYERING: the per-layer tsconfigs map every module their layer may not import (electron in the
// Node layer, Node modules in shared/ and renderer/, …) to this file. It is in no layer's file list,
// so such an import fails `tsc` with TS6307 "…forbiddenInThisLayer.ts is not listed within the file
// list of project …", naming the import. See scripts/layers/layers.mjs for the allow-list.
export {};
