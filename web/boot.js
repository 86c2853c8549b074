// Starts the configurator: imports wasm-bindgen's loader and instantiates the
// WebAssembly module, whose main() mounts the page. This is an external module
// rather than trunk's inline loader so that the page's Content-Security-Policy
// can forbid inline scripts; trunk writes the hashed file names into the tag
// (see pattern_script in Trunk.toml). Paths are relative to the page.
const tag = document.querySelector('script[data-wasm]');
try {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (e) {
  const loading = document.getElementById('loading');
  if (loading) {
    loading.textContent = `The configurator could not start: ${e}`;
  }
  throw e;
}
