// The names of the framework's 16 competences, read from the engine's own file (served beside these pages).

let framework = null;

/** `[{code, name, competences: [{code, name}]}]`: the five areas and their competences, in the framework's order. */
export async function areas() {
  framework ??= fetch(new URL('crcn.json', import.meta.url), { cache: 'force-cache' })
    .then((response) => response.json()).then((json) => json.areas)
    .catch((failure) => {
      framework = null;
      throw failure;
    });
  return framework;
}

/** `{"1.1": "Mener une recherche et une veille d’information", …}`. */
export async function competenceNames() {
  return Object.fromEntries((await areas()).flatMap((area) => area.competences).map((c) => [c.code, c.name]));
}
