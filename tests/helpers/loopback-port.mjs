// Preloaded (node --import) into servers the tests start: Eleventy's dev server takes no host and
// treats port 0 as "use 8080", so every listen() is sent to 127.0.0.1 on a random free port.
import net from "node:net";

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first && typeof first === "object" && !Array.isArray(first) && "port" in first) {
    args[0] = { ...first, port: 0, host: "127.0.0.1" };
  } else if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    const callback = args.find((a) => typeof a === "function");
    return listen.call(this, { port: 0, host: "127.0.0.1" }, callback);
  }
  return listen.apply(this, args);
};
