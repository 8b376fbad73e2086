// Navigation over `terraform show -json <planfile>` output: planned resources with their values, and the
// configuration's reference graph (through module inputs and outputs) to prove where a value comes from.

/**
 * @typedef {object} PlannedResource
 * @property {string} address        e.g. module.ecs.aws_ecs_service.this
 * @property {string} type
 * @property {string[]} modulePath   module call names from the root, e.g. ['ecs'] (indexes dropped)
 * @property {string} configAddress  address inside its module without index, e.g. aws_subnet.public
 * @property {Record<string, any>} values
 */

/** Every managed resource in planned_values, flattened. @returns {PlannedResource[]} */
export function plannedResources(plan) {
  const out = [];
  const visit = (mod) => {
    if (!mod) return;
    for (const r of mod.resources ?? []) {
      if (r.mode !== 'managed') continue;
      const { modulePath, local } = splitAddress(r.address);
      out.push({
        address: r.address,
        type: r.type,
        modulePath,
        configAddress: local.replace(/\[[^\]]*\]$/, ''),
        values: r.values ?? {},
      });
    }
    for (const child of mod.child_modules ?? []) visit(child);
  };
  visit(plan.planned_values?.root_module);
  return out;
}

/** Splits module.a[0].module.b.aws_x.y[1] into modulePath ['a', 'b'] and local 'aws_x.y[1]'. */
export function splitAddress(address) {
  const modulePath = [];
  let rest = address;
  for (;;) {
    const m = /^module\.([^.[]+)(\[[^\]]*\])?\./.exec(rest);
    if (!m) break;
    modulePath.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return { modulePath, local: rest };
}

/**
 * Module path of the configuration that composes the stack: [] when the root calls the modules itself, else the
 * root's module call that does (environments call modules/stack as `module.stack`).
 */
export function compositionPath(plan) {
  const calls = plan.configuration?.root_module?.module_calls ?? {};
  if (calls.ecs) return [];
  const composer = Object.entries(calls).find(([, call]) => call.module?.module_calls?.ecs);
  return composer ? [composer[0]] : [];
}

/**
 * The environment a plan is for: the root variable `environment`, or the constant the root hands the stack.
 * Rules that only apply to prod must not skip silently because the name moved.
 */
export function environmentOf(plan) {
  const path = compositionPath(plan);
  if (plan.variables?.environment) return plan.variables.environment.value;
  if (!path.length) return undefined;
  return plan.configuration.root_module.module_calls[path[0]].expressions?.environment?.constant_value;
}

/** Configuration of the module at modulePath (root for []), or undefined. */
export function configModule(plan, modulePath) {
  let mod = plan.configuration?.root_module;
  for (const name of modulePath) mod = mod?.module_calls?.[name]?.module;
  return mod;
}

/** Configuration of a resource (by module path and index-free address), or undefined. */
export function configResource(plan, modulePath, configAddress) {
  return configModule(plan, modulePath)?.resources?.find((r) => r.address === configAddress);
}

/** Follows a path of keys/indexes into an expressions object, e.g. ['network_configuration', 0, 'security_groups']. */
export function expressionAt(expressions, keys) {
  let e = expressions;
  for (const k of keys) e = e?.[k];
  return e;
}

const fullAddress = (modulePath, local) => [...modulePath.map((m) => `module.${m}`), local].join('.');

/**
 * Resolves configuration references to the resources they finally point at, following `var.x` up to the
 * calling module's argument and `module.m.out` down into the child's output. Returns full, index-free
 * resource addresses (e.g. module.alb.aws_security_group.this). References that cannot be followed
 * (locals, data sources, literals in between) are returned prefixed with `unresolved:`.
 * @param {object} plan
 * @param {string[]} modulePath module the references were found in
 * @param {string[]} references  `references` array of a configuration expression
 * @returns {Set<string>}
 */
export function resolveReferences(plan, modulePath, references = [], seen = new Set()) {
  const result = new Set();
  for (const ref of references) {
    const key = `${modulePath.join('/')}|${ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const parts = ref.split('.');
    if (parts[0] === 'var' && parts.length >= 2) {
      if (modulePath.length === 0) {
        result.add(`unresolved:var.${parts[1]}`);
        continue;
      }
      const parentPath = modulePath.slice(0, -1);
      const call = configModule(plan, parentPath)?.module_calls?.[modulePath.at(-1)];
      const arg = call?.expressions?.[parts[1]];
      if (!arg?.references) {
        result.add(`unresolved:${fullAddress(modulePath, ref)}`);
        continue;
      }
      for (const r of resolveReferences(plan, parentPath, arg.references, seen)) result.add(r);
    } else if (parts[0] === 'module' && parts.length >= 3) {
      const child = parts[1].replace(/\[.*$/, '');
      const output = configModule(plan, [...modulePath, child])?.outputs?.[parts[2]];
      if (!output?.expression?.references) {
        result.add(`unresolved:${fullAddress(modulePath, ref)}`);
        continue;
      }
      for (const r of resolveReferences(plan, [...modulePath, child], output.expression.references, seen))
        result.add(r);
    } else if (
      parts[0] === 'module' ||
      parts[0] === 'local' ||
      parts[0] === 'data' ||
      parts[0] === 'each' ||
      parts[0] === 'count' ||
      parts[0] === 'path' ||
      parts[0] === 'terraform' ||
      parts[0] === 'self'
    ) {
      // "module.x" alone accompanies "module.x.out"; the others cannot be followed through the JSON configuration.
      if (parts[0] !== 'module') result.add(`unresolved:${fullAddress(modulePath, ref)}`);
    } else if (parts.length >= 2) {
      result.add(fullAddress(modulePath, `${parts[0]}.${parts[1].replace(/\[.*$/, '')}`));
    }
  }
  return result;
}
