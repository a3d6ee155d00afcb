# The service alone; it needs a Neo4j given by NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
COPY src ./src
COPY web ./web
COPY examples ./examples
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
