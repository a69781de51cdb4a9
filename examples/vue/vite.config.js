// No SFC compiler in this example: Vue's full build compiles the template string in the browser.
// (In an app with @vitejs/plugin-vue, put the same isCustomElement in
//  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('vt-') } } }).)
/** @type {import('vite').UserConfig} */
export default {
  resolve: {
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};
