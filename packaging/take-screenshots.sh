#!/usr/bin/env bash
# Retakes packaging/screenshots/*.png (listed in the metainfo file) from the
# build tree, offscreen, with two practice sessions in a scratch database so
# the history is not empty. Run after visible changes to the home or practice
# page; look at the results before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(pwd)/${BUILD_DIR:-build}/bin
out=$(pwd)/packaging/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p -m 0700 runtime
export HOME=$work XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
unset XDG_CONFIG_HOME XDG_DATA_HOME MOCKINTERVIEW_PACKS MOCKINTERVIEW_DB
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1

cat >short.txt <<'EOF'
requests 用来调度，limits 是上限，内存超了会被杀掉。
Pod 创建后调度器选节点，kubelet 启动容器。
ClusterIP 集群内访问，NodePort 用节点端口，LoadBalancer 用云负载均衡。
liveness 失败重启，readiness 失败不接流量。
EOF
cat >full.txt <<'EOF'
requests 是调度时预留的资源，调度器按节点可分配资源减去已有 requests 判断能不能放下；limits 是运行时上限，由 cgroup 限制。CPU 超过 limits 会被节流，内存超过 limits 会被 OOMKill，容器重启。QoS 分 Guaranteed、Burstable、BestEffort。
kubectl apply 把对象写到 API Server，存进 etcd；调度器 watch 到未绑定的 Pod，经过过滤和打分选出节点并 bind；节点上的 kubelet 发现 Pod，调用容器运行时拉镜像、创建容器，CNI 分配 IP，探针通过后 Ready。
ClusterIP 只在集群内可访问；NodePort 在每个节点开端口；LoadBalancer 由云厂商创建外部负载均衡。七层 HTTP 路由、按域名和路径转发、统一 TLS 时用 Ingress。
liveness 失败会重启容器，readiness 失败会把 Pod 从 Service 的 Endpoints 摘掉不再接流量。liveness 配得太严会导致重启循环，readiness 配错会导致没有可用后端。
EOF
for answers in short.txt full.txt; do
  "$bin/mockinterview-cli" --db history.sqlite practice --pack sample-k8s-basics --answers "$answers" --max-followups 0 >/dev/null
done

# The home page remembers the last pack; starting one selects it.
"$bin/mockinterview" --smoke-test --db practice.sqlite --pack ops-project-deep-dive --screenshot "$out/interview.png"
"$bin/mockinterview" --smoke-test --db history.sqlite --screenshot "$out/home.png"
