#include "technicalpronunciations.h"

namespace mi {

// Chosen from the most frequent English words of the bundled packs that are
// missing from cmudict-en-us.dict. Acronyms are spelled the way engineers say
// them ("P V C", "C N I"); where two sayings are common both are listed.
const QList<std::pair<QString, QString>> &technicalPronunciations()
{
    static const QList<std::pair<QString, QString>> words {
        // Kubernetes components and tools
        {u"kube"_qs, u"K UW B"_qs},
        {u"kube(2)"_qs, u"K Y UW B"_qs},
        {u"kubernetes"_qs, u"K UW B ER N EH T IY Z"_qs},
        {u"etcd"_qs, u"EH T S IY D IY"_qs},
        {u"etcdctl"_qs, u"EH T S IY D IY K AH N T R OW L"_qs},
        {u"kubelet"_qs, u"K UW B L AH T"_qs},
        {u"kubelet(2)"_qs, u"K Y UW B L AH T"_qs},
        {u"kubectl"_qs, u"K UW B K AH N T R OW L"_qs},
        {u"kubectl(2)"_qs, u"K Y UW B K AH N T R OW L"_qs},
        {u"kubeadm"_qs, u"K UW B AE D M IH N"_qs},
        {u"apiserver"_qs, u"EY P IY AY S ER V ER"_qs},
        {u"coredns"_qs, u"K AO R D IY EH N EH S"_qs},
        {u"containerd"_qs, u"K AH N T EY N ER D IY"_qs},
        {u"crictl"_qs, u"K R AY K AH N T R OW L"_qs},
        {u"kustomize"_qs, u"K AH S T AH M AY Z"_qs},
        {u"istio"_qs, u"IH S T IY OW"_qs},
        {u"cilium"_qs, u"S IH L IY AH M"_qs},
        {u"nginx"_qs, u"EH N JH AH N EH K S"_qs},
        {u"grafana"_qs, u"G R AH F AA N AH"_qs},
        {u"velero"_qs, u"V AH L EH R OW"_qs},
        // Kubernetes objects, written as one word in manifests
        {u"ingress"_qs, u"IH N G R EH S"_qs},
        {u"namespace"_qs, u"N EY M S P EY S"_qs},
        {u"namespaces"_qs, u"N EY M S P EY S IH Z"_qs},
        {u"configmap"_qs, u"K AH N F IH G M AE P"_qs},
        {u"statefulset"_qs, u"S T EY T F AH L S EH T"_qs},
        {u"daemonset"_qs, u"D IY M AH N S EH T"_qs},
        {u"replicaset"_qs, u"R EH P L IH K AH S EH T"_qs},
        {u"clusterip"_qs, u"K L AH S T ER AY P IY"_qs},
        {u"nodeport"_qs, u"N OW D P AO R T"_qs},
        {u"loadbalancer"_qs, u"L OW D B AE L AH N S ER"_qs},
        {u"endpointslice"_qs, u"EH N D P OY N T S L AY S"_qs},
        {u"networkpolicy"_qs, u"N EH T W ER K P AA L AH S IY"_qs},
        {u"storageclass"_qs, u"S T AO R IH JH K L AE S"_qs},
        {u"serviceaccount"_qs, u"S ER V AH S AH K AW N T"_qs},
        {u"sidecar"_qs, u"S AY D K AA R"_qs},
        {u"liveness"_qs, u"L AY V N AH S"_qs},
        {u"prestop"_qs, u"P R IY S T AA P"_qs},
        {u"finalizer"_qs, u"F AY N AH L AY Z ER"_qs},
        {u"webhook"_qs, u"W EH B HH UH K"_qs},
        {u"notready"_qs, u"N AA T R EH D IY"_qs},
        {u"oomkilled"_qs, u"UW M K IH L D"_qs},
        // Linux and networking
        {u"cgroup"_qs, u"S IY G R UW P"_qs},
        {u"cgroups"_qs, u"S IY G R UW P S"_qs},
        {u"iptables"_qs, u"AY P IY T EY B AH L Z"_qs},
        {u"ipvs"_qs, u"AY P IY V IY EH S"_qs},
        {u"conntrack"_qs, u"K AA N T R AE K"_qs},
        {u"runtime"_qs, u"R AH N T AY M"_qs},
        {u"config"_qs, u"K AA N F IH G"_qs},
        {u"selector"_qs, u"S AH L EH K T ER"_qs},
        {u"failover"_qs, u"F EY L OW V ER"_qs},
        {u"autoscaler"_qs, u"AO T OW S K EY L ER"_qs},
        {u"gitops"_qs, u"G IH T AA P S"_qs},
        {u"yaml"_qs, u"Y AE M AH L"_qs},
        {u"sigterm"_qs, u"S IH G T ER M"_qs},
        {u"vxlan"_qs, u"V IY EH K S L AE N"_qs},
        {u"ebpf"_qs, u"IY B IY P IY EH F"_qs},
        // Acronyms, spelled
        {u"cni"_qs, u"S IY EH N AY"_qs},
        {u"cri"_qs, u"S IY AA R AY"_qs},
        {u"csi"_qs, u"S IY EH S AY"_qs},
        {u"crd"_qs, u"S IY AA R D IY"_qs},
        {u"hpa"_qs, u"EY CH P IY EY"_qs},
        {u"pv"_qs, u"P IY V IY"_qs},
        {u"pvc"_qs, u"P IY V IY S IY"_qs},
        {u"pdb"_qs, u"P IY D IY B IY"_qs},
        {u"rbac"_qs, u"AA R B AE K"_qs},
        {u"oom"_qs, u"UW M"_qs},
        {u"qos"_qs, u"K Y UW OW EH S"_qs},
        {u"svc"_qs, u"EH S V IY S IY"_qs},
        {u"tcp"_qs, u"T IY S IY P IY"_qs},
        {u"udp"_qs, u"Y UW D IY P IY"_qs},
        {u"tls"_qs, u"T IY EH L EH S"_qs},
        {u"mtu"_qs, u"EH M T IY Y UW"_qs},
        {u"nfs"_qs, u"EH N EH F EH S"_qs},
        {u"bgp"_qs, u"B IY JH IY P IY"_qs},
        {u"slo"_qs, u"EH S EH L OW"_qs},
        {u"sli"_qs, u"EH S EH L AY"_qs},
        {u"sre"_qs, u"EH S AA R IY"_qs},
        {u"ci"_qs, u"S IY AY"_qs},
    };
    return words;
}

} // namespace mi
