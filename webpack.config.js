/**
 * Builds the task pane into dist/addin/ (taskpane.html, its script, the lazy .xlsx writer chunk,
 * the stylesheet, icons and manifest), and serves it on port 3000 with `webpack serve`.
 *
 *   npx webpack --mode production      the bundle the browser tests and `npm start` use
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

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

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
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
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
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
