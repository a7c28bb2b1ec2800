/** XSD files are bundled as their text (webpack asset/source, esbuild text loader, jest transform). */
declare module '*.xsd' {
  const text: string;
  export default text;
}
