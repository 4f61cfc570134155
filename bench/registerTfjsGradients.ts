// tfjs-core registers no gradient functions by default (since tfjs 2.0, to keep bundles small):
// tf.grads fails with "gradient function not found for Add". The union package @tensorflow/tfjs
// imports tfjs-core's own dist/register_all_gradients.js for that; it is not a dependency here,
// so this does the same. That file is tfjs-core's ES-module build, whose relative imports have no
// extension, so Node is told to add ".js" inside that folder. The module copy it loads shares
// tfjs's engine and registries (kept on globalThis) with the Node build that
// `import "@tensorflow/tfjs-core"` loads, so its gradients serve that build's tf.grads.
import { registerHooks } from "node:module";

let done: Promise<unknown> | undefined;

/** Registers tfjs-core's gradient of every kernel, once. */
export function registerTfjsGradients(): Promise<unknown> {
  done ??= (() => {
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const inTfjsCore = context.parentURL?.includes("/@tensorflow/tfjs-core/dist/") ?? false;
        const relative = specifier.startsWith("./") || specifier.startsWith("../");
        return nextResolve(inTfjsCore && relative && !specifier.endsWith(".js") ? `${specifier}.js` : specifier, context);
      },
    });
    return import("@tensorflow/tfjs-core/dist/register_all_gradients.js");
  })();
  return done;
}
