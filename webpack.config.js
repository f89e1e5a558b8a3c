/**
 * Builds the task pane into dist/addin/ (taskpane.html, its script, the lazy .xlsx writer and sample
 * chunks, the stylesheet, the support page, icons and manifest), and serves it on port 3000 with
 * `webpack serve`.
 *
 *   npx webpack --mode production                  the bundle the browser tests use; localhost URLs
 *   ADDIN_URL=https://host/path npm run build:addin  the manifest names the add-in's public URL
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { readAddinUrls, rewriteManifest } = require("./scripts/addin-url");

const OUTPUT = path.resolve(__dirname, "dist/addin");
const PLUGIN = "crossfoot-minified-vendor";

/**
 * exceljs ships minified: marking its chunk as minimized spares the minimizer a megabyte of work
 * (most of the build's time) for a few hundred bytes of webpack's own wrapper.
 */
class MarkExceljsMinified {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (/^exceljs\.[^/]*\.js$/.test(name))
              compilation.updateAsset(name, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

/**
 * The pages' Content-Security-Policy: scripts only from the add-in itself and Office's CDN, no
 * inline code, no eval, and no network at all for the exhibit (`connect-src 'none'`); the
 * development build allows its own origin for the dev server's live-reload socket.
 */
function contentSecurityPolicy(production) {
  return [
    "default-src 'none'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src ${production ? "'none'" : "'self'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const csp = contentSecurityPolicy(production);
  // read once, so a wrong ADDIN_URL stops the build before it starts
  const urls = production ? readAddinUrls(process.env) : null;
  return {
    mode: production ? "production" : "development",
    // no eval-based source maps: the policy forbids eval
    devtool: production ? "source-map" : "cheap-module-source-map",
    target: "web",
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: {
      path: OUTPUT,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      // exceljs ships a ready browser bundle: parsing it again only costs time
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        // the bundled sample exhibit, as a string
        { test: /\.txt$/, type: "asset/source" },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // keep import() so webpack splits the .xlsx writer into its own chunk
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    // sizes are measured by bench/taskpane.js; the build only says whether it worked
    stats: "summary",
    plugins: [
      new MarkExceljsMinified(),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/support.html",
        filename: "support.html",
        chunks: [],
        templateParameters: { csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              urls === null ? content : rewriteManifest(content.toString("utf8"), urls),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false },
      hot: false,
      liveReload: true,
    },
  };
};
