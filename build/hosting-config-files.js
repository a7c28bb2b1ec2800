// Web-server settings files the build writes into dist/, so that copying dist/ to an IIS site or an Azure Static Web
// App also sets the headers of build/hosting-headers.js. Other servers (nginx, Apache) ignore them; docs/deploy.md
// gives their settings. Both hosts read these files from the folder they serve, so they are written at dist/'s top.
const { COMMON_HEADERS, REVALIDATE } = require('./hosting-headers');

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** MIME types the add-in needs that an older IIS or a static host may not know (or may map differently). */
const MIME_TYPES = { '.wasm': 'application/wasm', '.json': 'application/json', '.map': 'application/json' };

/**
 * IIS (web.config): the MIME types, `Cache-Control: no-cache` on every file (IIS cannot tell content-hashed names
 * apart without the URL Rewrite module; revalidating them too is correct, only a little slower), and the common
 * headers. Each entry is removed before it is added, so a server-wide setting of the same name is replaced rather
 * than duplicated (a duplicate is an IIS configuration error), and X-Frame-Options is removed outright.
 */
function iisWebConfig() {
  const mime = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type}" />`)
    .join('\n');
  const headers = Object.entries(COMMON_HEADERS)
    .map(([name, value]) => `        <remove name="${name}" />\n        <add name="${name}" value="${xmlAttr(value)}" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- ILR Workbench: IIS settings for the folder that holds the add-in. Written by the build from
     build/hosting-headers.js; see docs/deploy.md. -->
<configuration>
  <system.webServer>
    <staticContent>
${mime}
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <!-- Excel on the web shows the task pane in a frame of Microsoft's sites: X-Frame-Options would stop it -->
        <remove name="X-Frame-Options" />
${headers}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
`;
}

/**
 * Azure Static Web Apps (staticwebapp.config.json): the common headers and `Cache-Control: no-cache` on every
 * response, and the MIME types.
 */
function staticWebAppConfig() {
  return `${JSON.stringify({ globalHeaders: { ...COMMON_HEADERS, 'Cache-Control': REVALIDATE }, mimeTypes: MIME_TYPES }, null, 2)}\n`;
}

/** webpack plugin: writes web.config and staticwebapp.config.json into the output. */
class HostingConfigFilesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('HostingConfigFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HostingConfigFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('web.config', new sources.RawSource(iisWebConfig()));
        compilation.emitAsset('staticwebapp.config.json', new sources.RawSource(staticWebAppConfig()));
      });
    });
  }
}

module.exports = { HostingConfigFilesPlugin, MIME_TYPES, iisWebConfig, staticWebAppConfig };
