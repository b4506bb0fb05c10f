// Node's module resolution for the pages' modules: they import what every page shares from /shared/, as exam-server
// serves it; in Node that path is its source folder. Registered with `module.register` before importing a page module.
const SHARED = new URL('../../exam-server/src/main/resources/webroot/shared/', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('/shared/')) {
    return nextResolve(new URL(specifier.slice('/shared/'.length), SHARED).href, context);
  }
  return nextResolve(specifier, context);
}
