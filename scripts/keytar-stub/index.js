"use strict";
/**
 * Stands in for the native keytar module (the system keychain). office-addin-debugging's peer, the
 * M365 Agents Toolkit CLI, needs it only to keep Microsoft 365 sign-ins, which sideloading an XML
 * manifest into Excel never does; package.json's `overrides` points every keytar here so `npm ci`
 * builds no native code. Each call fails and says why.
 */
function unavailable() {
  return Promise.reject(
    new Error(
      "keytar is replaced by a stub in this project (see package.json overrides): no keychain access.",
    ),
  );
}

module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
