// esbuild bundles SVG files as data URLs (see build.mjs).
declare module '*.svg' {
    const dataUrl: string;
    export default dataUrl;
}
