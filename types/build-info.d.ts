/** package.json's version, put in by the build (webpack DefinePlugin) and by jest's globals; absent elsewhere. */
declare const __ILR_WORKBENCH_VERSION__: string | undefined;
