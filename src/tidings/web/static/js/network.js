// The actor network: who acts on whom, edges weighted by events and coloured by mean Goldstein.
import cytoscape from "/static/vendor/cytoscape.esm.min.js";
import { api } from "./api.js";

const LIMIT = 150; // dyads asked for at most
const container = document.getElementById("network");
const actorList = document.getElementById("network-actors"); // the same actors, for keyboards
const goldsteinColour = d3.scaleDiverging([-10, 0, 10], d3.interpolateRdBu);

export function actorNetwork({ onActor, onError }) {
  let graph = null;
  return {
    async show(filters) {
      try {
        const network = await api.network({ ...filters, limit: LIMIT });
        const mostEvents = d3.max(network.edges, (edge) => edge.events) || 1;
        const width = d3.scaleSqrt([1, mostEvents], [1, 12]);
        const size = d3.scaleSqrt([1, d3.max(network.nodes, (node) => node.events) || 1], [18, 60]);
        graph?.destroy();
        graph = cytoscape({
          container,
          elements: [
            ...network.nodes.map((node) => ({ data: { id: node.id, label: node.name, size: size(node.events || 1) } })),
            ...network.edges.map((edge, i) => ({
              data: {
                id: `edge${i}`, source: edge.source, target: edge.target, width: width(edge.events),
                colour: goldsteinColour(edge.goldstein_mean ?? 0),
              },
            })),
          ],
          style: [
            { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4b5563", "font-size": 11, "text-valign": "bottom" } },
            { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier" } },
          ],
          layout: { name: "cose", animate: false },
        });
        graph.on("tap", "node", (tap) => onActor(tap.target.id()));
        actorList.replaceChildren(...network.nodes.map((node) => {
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = `${node.name} (${node.events} event${node.events === 1 ? "" : "s"})`;
          button.addEventListener("click", () => onActor(node.id));
          const item = document.createElement("li");
          item.append(button);
          return item;
        }));
      } catch (error) {
        onError(error);
      }
    },
  };
}
