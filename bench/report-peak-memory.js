"use strict";
/** Preloaded into a command (`node -r ./bench/report-peak-memory.js bin/crossfoot.js ...`): prints its peak memory on exit. */
const fs = require("node:fs");

process.on("exit", () => {
  fs.writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
