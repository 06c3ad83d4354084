// ESLint rule `layers/imports`: every import (static, re-export, dynamic `import()`, `require()`,
// `import x = require()`, `typeof import()`) must be allowed by the importing file's layer in
// scripts/layers/layers.mjs, and every linted file must belong to a layer.
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS, NODE_BUILTINS, layerOf } from '../layers/layers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILTINS = new Set(builtinModules);

function toRel(absolute) {
  return relative(ROOT, absolute).split(sep).join('/');
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(spec) {
  return spec.startsWith('node:') || BUILTINS.has(packageName(spec)) || BUILTINS.has(spec);
}

function describePackages(layer) {
  if (layer.packages === '*') return 'any package';
  const names = layer.packages.map((p) => {
    if (p === NODE_BUILTINS) return 'Node built-ins';
    if (typeof p === 'string') return p.endsWith('/') ? `${p}*` : p;
    return `${p.name} (${p.names.join(', ')} only)`;
  });
  return names.length ? names.join(', ') : 'no package';
}

function describeLayers(layer) {
  if (layer.layers === '*') return 'any layer';
  return layer.layers.map((l) => (l.file ? l.file : `${l.layer}${l.typeOnly ? ' (types only)' : ''}`)).join(', ');
}

/** Is this import (declaration node) only about types? */
function typeOnly(node) {
  if (!node) return false;
  if (node.type === 'TSImportType') return true;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  if (node.type === 'ImportDeclaration' && node.specifiers.length > 0) {
    return node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type');
  }
  if (node.type === 'ExportNamedDeclaration' && node.specifiers.length > 0) {
    return node.specifiers.every((s) => s.exportKind === 'type');
  }
  return false;
}

/** Value names an import brings in, or null when it can bring in anything (namespace, default, side effect, dynamic). */
function valueNames(node) {
  if (!node || node.type !== 'ImportDeclaration' || node.specifiers.length === 0) return null;
  const names = [];
  for (const s of node.specifiers) {
    if (s.type !== 'ImportSpecifier') return null;
    if (s.importKind === 'type') continue;
    names.push(s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value));
  }
  return names;
}

function packageAllowed(layer, spec, decl) {
  if (layer.packages === '*') return true;
  const name = packageName(spec);
  for (const p of layer.packages) {
    if (p === NODE_BUILTINS) {
      if (isBuiltin(spec)) return true;
    } else if (typeof p === 'string') {
      if (p.endsWith('/') ? spec.startsWith(p) : name === p) return true;
    } else if (p.name === name) {
      if (typeOnly(decl)) return true;
      const names = valueNames(decl);
      if (names && names.every((n) => p.names.includes(n))) return true;
    }
  }
  return false;
}

function fileAllowed(layer, targetRel, decl) {
  if (layer.layers === '*') return true;
  const target = layerOf(targetRel);
  if (!target) return false;
  const bare = targetRel.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  return layer.layers.some((l) => {
    if (l.file) return l.file.replace(/\.(?:[cm]?[jt]sx?)$/, '') === bare;
    return l.layer === target.name && (!l.typeOnly || typeOnly(decl));
  });
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'each layer imports only what scripts/layers/layers.mjs allows it' },
    schema: [],
    messages: {
      noLayer: '{{file}} is in no known layer (see scripts/layers/layers.mjs): put it under {{known}}.',
      package: "{{file}} is in {{layer}}, which may not import '{{spec}}' (allowed: {{allowed}}). {{hint}}",
      file: "{{file}} is in {{layer}}, which may not import '{{spec}}' ({{target}}; allowed: {{allowed}}). {{hint}}",
    },
  },
  create(context) {
    const fileRel = toRel(context.filename);
    const layer = layerOf(fileRel);
    if (!layer) {
      return {
        Program(node) {
          const known = LAYERS.flatMap((l) => l.paths).join(', ');
          context.report({ node, messageId: 'noLayer', data: { file: fileRel, known } });
        },
      };
    }
    function check(sourceNode, decl) {
      if (!sourceNode || typeof sourceNode.value !== 'string') return;
      const spec = sourceNode.value.replace(/[?#].*$/, '');
      const data = { file: fileRel, layer: layer.title, spec: sourceNode.value, hint: layer.hint };
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const targetRel = toRel(resolve(dirname(context.filename), spec));
        if (fileAllowed(layer, targetRel, decl)) return;
        const target = layerOf(targetRel);
        const where = target ? `${targetRel} is in ${target.title}` : `${targetRel} is in no known layer`;
        context.report({ node: sourceNode, messageId: 'file', data: { ...data, target: where, allowed: describeLayers(layer) } });
      } else if (!packageAllowed(layer, spec, decl)) {
        context.report({ node: sourceNode, messageId: 'package', data: { ...data, allowed: describePackages(layer) } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node),
      ExportNamedDeclaration: (node) => check(node.source, node),
      ExportAllDeclaration: (node) => check(node.source, node),
      ImportExpression: (node) => check(node.source, node),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression, node),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument, node),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          check(node.arguments[0], node);
        }
      },
    };
  },
};

/** The ESLint plugin holding the rule (`layers/imports`). */
export const layersPlugin = { meta: { name: 'resdraft-layers' }, rules: { imports: layersRule } };
