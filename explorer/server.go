package explorer

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ServerConfig configures NewServer.
type ServerConfig struct {
	DB *index.DB
	// Client, when set, gives the address pages live balances and scores.
	Client *sdk.Client
	Broker *broker
	// Market, when set, is the market service whose live order book the market page
	// shows (else it shows the offers seen in deals).
	Market *market.Client
	// Gateway is the storage gateway result links point to; empty: https://ipfs.io.
	Gateway string
	// Scheduler, when set, is the base URL of a pool's scheduler (`poco scheduler`): the
	// task and deal pages show why its unfinished tasks wait, as it says (its public
	// endpoints), and fetch it again every few seconds.
	Scheduler string
	// SMS, when set, is the base URL of the network's secret management service (`poco
	// sms`): when it accepts development attestation, every page says so.
	SMS    string
	Logger *slog.Logger
	// Bridge, when set, is the token bridge: the /bridge page and /api/bridge show its
	// transfers (bridge.go), the address pages an account's, and the menu links it.
	Bridge *BridgeOptions
}

// Server serves the explorer's pages and JSON API from an index.
type Server struct {
	cfg    ServerConfig
	why    *schedulerView // nil without ServerConfig.Scheduler
	sms    *smsView       // nil without ServerConfig.SMS
	bridge *bridgeView    // nil without ServerConfig.Bridge
	log    *slog.Logger
	mux    *http.ServeMux
	pages  map[string]*template.Template
}

// pageNames are the templates/*.html pages (besides layout.html).
var pageNames = []string{"home", "market", "pools", "pool", "workers", "worker", "apps", "asset", "deals", "deal", "task", "tx", "address", "search", "api", "error", "bridge"}

// NewServer makes the handler of the pages and the API.
func NewServer(cfg ServerConfig) (*Server, error) {
	if cfg.Broker == nil {
		cfg.Broker = newBroker()
	}
	s := &Server{cfg: cfg, why: newSchedulerView(cfg.Scheduler), sms: newSMSView(cfg.SMS), log: cfg.Logger, mux: http.NewServeMux(), pages: map[string]*template.Template{},
		bridge: newBridgeView(cfg.Bridge)}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("explorer: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	static, _ := fs.Sub(staticFS, "static")
	m := s.mux
	m.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))
	m.HandleFunc("GET /{$}", s.page("home", s.home))
	m.HandleFunc("GET /market", s.page("market", s.charted(s.market)))
	m.HandleFunc("GET /pools", s.page("pools", s.pools))
	m.HandleFunc("GET /pools/{addr}", s.page("pool", s.charted(s.asset)))
	m.HandleFunc("GET /workers", s.page("workers", s.workers))
	m.HandleFunc("GET /workers/{addr}", s.page("worker", s.charted(s.worker)))
	m.HandleFunc("GET /apps", s.page("apps", s.apps))
	m.HandleFunc("GET /apps/{addr}", s.page("asset", s.asset))
	m.HandleFunc("GET /datasets/{addr}", s.page("asset", s.asset))
	m.HandleFunc("GET /deals", s.page("deals", s.deals))
	m.HandleFunc("GET /deals/{id}", s.page("deal", s.deal))
	m.HandleFunc("GET /tasks/{id}", s.page("task", s.task))
	m.HandleFunc("GET /tx/{hash}", s.page("tx", s.tx))
	m.HandleFunc("GET /address/{addr}", s.page("address", s.address))
	m.HandleFunc("GET /search", s.search)
	m.HandleFunc("GET /api/docs", s.page("api", func(*http.Request) (any, error) { return apiDocs, nil }))

	m.HandleFunc("GET /api", s.json(func(*http.Request) (any, error) { return apiDocs, nil }))
	m.HandleFunc("GET /api/status", s.json(s.status))
	m.HandleFunc("GET /api/stats", s.json(func(r *http.Request) (any, error) { return s.cfg.DB.Stats(r.Context()) }))
	m.HandleFunc("GET /api/home", s.json(s.home))
	m.HandleFunc("GET /api/market", s.json(s.charted(s.market)))
	m.HandleFunc("GET /api/deals", s.json(s.deals))
	m.HandleFunc("GET /api/deals/{id}", s.json(s.deal))
	m.HandleFunc("GET /api/tasks", s.json(func(r *http.Request) (any, error) { return s.cfg.DB.LatestTasks(r.Context(), limit(r, 20)) }))
	m.HandleFunc("GET /api/tasks/{id}", s.json(s.task))
	m.HandleFunc("GET /api/workers", s.json(s.workers))
	m.HandleFunc("GET /api/workers/{addr}", s.json(s.charted(s.worker)))
	m.HandleFunc("GET /api/assets", s.json(func(r *http.Request) (any, error) {
		return s.assetList(r, r.URL.Query().Get("kind"), 100)
	}))
	m.HandleFunc("GET /api/assets/{addr}", s.json(s.charted(s.asset)))
	m.HandleFunc("GET /api/address/{addr}", s.json(s.address))
	m.HandleFunc("GET /api/tx/{hash}", s.json(s.tx))
	m.HandleFunc("GET /api/search", s.json(func(r *http.Request) (any, error) { return s.cfg.DB.Search(r.Context(), r.URL.Query().Get("q")) }))
	m.HandleFunc("GET /api/stream", s.stream)
	s.routeAccount() // account.go: /account, /api/account/{addr}[/prepare], /api/receipt/{hash}
	s.routeBridge()  // bridge.go: /bridge, /api/bridge (when configured)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Page not found", Message: "There is no page at " + r.URL.Path + "."})
	})
	return s, nil
}

// ServeHTTP serves the pages and the API, every response with the security headers
// (a strict Content-Security-Policy: no inline script or style, never framed).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w.Header())
	s.mux.ServeHTTP(w, r)
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// ───────────────────────────── plumbing ─────────────────────────────

type errorPage struct {
	Title, Message string
}

// badRequest marks an error caused by the request (400).
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func statusOf(err error) (int, string) {
	var br badRequest
	switch {
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, "Not found"
	case errors.As(err, &br):
		return http.StatusBadRequest, "Bad request"
	}
	return http.StatusInternalServerError, "Something went wrong"
}

// pageData is what every page template receives.
type pageData struct {
	Page  string
	Title string
	Query string
	// Notice is a banner every page shows (development attestation), "" for none.
	Notice string
	// Bridge: the token bridge is configured (the menu links /bridge).
	Bridge bool
	Data   any
}

func (s *Server) page(name string, load func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := load(r)
		if err != nil {
			code, title := statusOf(err)
			msg := err.Error()
			if errors.Is(err, index.ErrNotFound) {
				msg = "The index holds nothing at " + r.URL.Path + ". It may not be indexed yet, or belong to another chain."
			} else if code == http.StatusInternalServerError {
				s.log.Error("explorer page", "path", r.URL.Path, "err", err)
			}
			s.render(w, r, code, "error", errorPage{Title: title, Message: msg})
			return
		}
		s.render(w, r, http.StatusOK, name, data)
	}
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	title := titles[name]
	if t, ok := data.(interface{ PageTitle() string }); ok {
		title = t.PageTitle()
	}
	if e, ok := data.(errorPage); ok {
		title = e.Title
	}
	var b strings.Builder
	if err := s.pages[name].ExecuteTemplate(&b, "layout.html", pageData{Page: name, Title: title, Query: r.URL.Query().Get("q"), Notice: s.sms.Notice(r.Context()), Bridge: s.bridge != nil, Data: data}); err != nil {
		s.log.Error("explorer template", "page", name, "err", err)
		http.Error(w, "template error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(b.String()))
}

var titles = map[string]string{
	"home": "Poco explorer", "market": "Market", "pools": "Worker pools", "workers": "Workers", "apps": "Apps and datasets",
	"deals": "Deals", "search": "Search", "api": "JSON API",
}

func (s *Server) json(load func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := load(r)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if l, ok := data.(interface{ links() []string }); ok && err == nil {
			if v := l.links(); len(v) > 0 {
				w.Header().Set("Link", strings.Join(v, ", "))
			}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err != nil {
			code, _ := statusOf(err)
			if code == http.StatusInternalServerError {
				s.log.Error("explorer api", "path", r.URL.Path, "err", err)
			}
			w.WriteHeader(code)
			_ = enc.Encode(map[string]string{"error": err.Error()})
			return
		}
		_ = enc.Encode(data)
	}
}

func limit(r *http.Request, def int) int {
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n > 0 {
		return min(n, 1000)
	}
	return def
}

func hexArg(r *http.Request, name string, size int) (string, error) {
	v := strings.ToLower(strings.TrimSpace(r.PathValue(name)))
	if len(v) != 2+2*size || !strings.HasPrefix(v, "0x") {
		return "", badRequest{fmt.Sprintf("%q is not a %d-byte 0x-prefixed hex value", r.PathValue(name), size)}
	}
	for _, c := range v[2:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return "", badRequest{fmt.Sprintf("%q is not hex", r.PathValue(name))}
		}
	}
	return v, nil
}

// ───────────────────────────── loaders (pages and API) ─────────────────────────────

// Home is the home page's data.
type Home struct {
	Stats  *index.Stats        `json:"stats"`
	Deals  []index.DealSummary `json:"latestDeals"`
	Tasks  []index.TaskSummary `json:"latestTasks"`
	Status *Status             `json:"status"`
}

func (s *Server) home(r *http.Request) (any, error) {
	ctx := r.Context()
	st, err := s.cfg.DB.Stats(ctx)
	if err != nil {
		return nil, err
	}
	deals, err := s.cfg.DB.Deals(ctx, index.DealFilter{Limit: 10})
	if err != nil {
		return nil, err
	}
	tasks, err := s.cfg.DB.LatestTasks(ctx, 10)
	if err != nil {
		return nil, err
	}
	status, err := s.statusOf(ctx)
	if err != nil {
		return nil, err
	}
	return &Home{Stats: st, Deals: deals, Tasks: tasks, Status: status}, nil
}

// Status is the indexer's position.
type Status struct {
	Indexed   bool      `json:"indexed"` // false before the first range is stored
	Block     uint64    `json:"block"`
	BlockTime time.Time `json:"blockTime,omitzero"`
	Head      uint64    `json:"head,omitempty"` // the chain's head, when a client is set
	ChainID   string    `json:"chainId,omitempty"`
	Hub       string    `json:"hub,omitempty"`
}

func (s *Server) statusOf(ctx context.Context) (*Status, error) {
	cur, ok, err := s.cfg.DB.Cursor(ctx)
	if err != nil {
		return nil, err
	}
	st := &Status{Indexed: ok, Block: cur.Block, ChainID: cur.ChainID, Hub: cur.Hub}
	if s.cfg.Client != nil {
		if h, err := s.cfg.Client.BlockNumber(ctx); err == nil {
			st.Head = h
		}
	}
	return st, nil
}

func (s *Server) status(r *http.Request) (any, error) { return s.statusOf(r.Context()) }

func (s *Server) pools(r *http.Request) (any, error) {
	return s.assetList(r, "workerpool", 200)
}

// assetList is a page (?page=, ?limit= else def) of the assets of a kind.
func (s *Server) assetList(r *http.Request, kind string, def int) (AssetList, error) {
	p := pager(r, "page", def)
	a, err := s.cfg.DB.AssetsPage(r.Context(), kind, p.fetch(), p.Offset())
	if err != nil {
		return AssetList{}, err
	}
	a = pageOf(&p, a)
	return AssetList{Items: a, Pager: p}, nil
}

// Apps is the apps and datasets page's data: a page (?page=) of each.
type Apps struct {
	Apps     []index.AssetSummary `json:"apps"`
	Datasets []index.AssetSummary `json:"datasets"`
	Pager    Pager                `json:"page"` // More: either list goes on
}

func (s *Server) apps(r *http.Request) (any, error) {
	a, err := s.assetList(r, "app", 200)
	if err != nil {
		return nil, err
	}
	d, err := s.assetList(r, "dataset", 200)
	if err != nil {
		return nil, err
	}
	p := a.Pager
	p.More = a.Pager.More || d.Pager.More
	return &Apps{Apps: a.Items, Datasets: d.Items, Pager: p}, nil
}

// AssetPage is an asset's page data.
type AssetPage struct {
	*index.Asset
	// Series are a pool's charts' (charts.go; nil for apps and datasets).
	Series *PoolSeries `json:"series,omitempty"`
	// DealsPager is the page (?page=, ?limit=, 20 a page) of Deals, its deals.
	DealsPager Pager `json:"dealsPage"`
	// WorkersPager is a pool's page (?workerpage=, 200 a page) of Workers (nil for apps
	// and datasets).
	WorkersPager *Pager `json:"workersPage,omitempty"`
}

func (a AssetPage) PageTitle() string { return kindTitle(a.Kind) + " " + a.Name }

func (s *Server) asset(r *http.Request) (any, error) {
	a, err := hexArg(r, "addr", 20)
	if err != nil {
		return nil, err
	}
	as, err := s.cfg.DB.Asset(r.Context(), a)
	if err != nil {
		return nil, err
	}
	p := AssetPage{Asset: as, DealsPager: pager(r, "page", 20)}
	f := index.DealFilter{Limit: p.DealsPager.fetch(), Offset: p.DealsPager.Offset()}
	switch as.Kind {
	case "app":
		f.App = a
	case "dataset":
		f.Dataset = a
	default:
		f.Workerpool = a
	}
	deals, err := s.cfg.DB.Deals(r.Context(), f)
	if err != nil {
		return nil, err
	}
	as.Deals = pageOf(&p.DealsPager, deals)
	if as.Kind == "workerpool" {
		wp := pager(r, "workerpage", index.PoolWorkersShown)
		if as.Workers, err = paged(&wp, index.PoolWorkersShown, as.Workers, func(limit, offset int) ([]index.WorkerSummary, error) {
			return s.cfg.DB.PoolWorkers(r.Context(), a, limit, offset)
		}); err != nil {
			return nil, err
		}
		p.WorkersPager = &wp
	}
	return p, nil
}

func (s *Server) workers(r *http.Request) (any, error) {
	p := pager(r, "page", 200)
	w, err := s.cfg.DB.WorkersPage(r.Context(), p.fetch(), p.Offset())
	if err != nil {
		return nil, err
	}
	w = pageOf(&p, w)
	return WorkerList{Items: w, Pager: p}, nil
}

// WorkerPage is a worker's page data: the indexed record and the chain's live score;
// Recent is a page (?page=, ?limit=) of its contributions, ScoreHistory one (?scorepage=,
// 100 a page) of its score changes.
type WorkerPage struct {
	*index.Worker
	ChainScore  *uint64      `json:"chainScore,omitempty"`
	Balance     *sdk.Balance `json:"balance,omitempty"`
	RecentPager Pager        `json:"recentPage"`
	ScoresPager Pager        `json:"scoreHistoryPage"`
	// Series are the worker's charts' (charts.go).
	Series *WorkerSeries `json:"series,omitempty"`
}

func (w WorkerPage) PageTitle() string { return "Worker " + w.Address }

func (s *Server) worker(r *http.Request) (any, error) {
	a, err := hexArg(r, "addr", 20)
	if err != nil {
		return nil, err
	}
	w, err := s.cfg.DB.Worker(r.Context(), a)
	if err != nil {
		return nil, err
	}
	p := WorkerPage{Worker: w, RecentPager: pager(r, "page", 200)}
	recent, err := s.cfg.DB.WorkerContributions(r.Context(), a, p.RecentPager.fetch(), p.RecentPager.Offset())
	if err != nil {
		return nil, err
	}
	w.Recent = pageOf(&p.RecentPager, recent)
	p.ScoresPager = pager(r, "scorepage", index.ScoresShown)
	if w.ScoreHistory, err = paged(&p.ScoresPager, index.ScoresShown, w.ScoreHistory, func(limit, offset int) ([]index.ScorePoint, error) {
		return s.cfg.DB.WorkerScores(r.Context(), a, limit, offset)
	}); err != nil {
		return nil, err
	}
	p.ChainScore, p.Balance = s.live(r.Context(), a)
	return p, nil
}

// live reads an address's score and balances from the chain (nil without a client).
func (s *Server) live(ctx context.Context, a string) (*uint64, *sdk.Balance) {
	if s.cfg.Client == nil {
		return nil, nil
	}
	addr := common.HexToAddress(a)
	var score *uint64
	if v, err := s.cfg.Client.Score(ctx, addr); err == nil {
		score = &v
	}
	var bal *sdk.Balance
	if b, err := s.cfg.Client.Account(ctx, addr); err == nil {
		bal = &b
	}
	return score, bal
}

func (s *Server) deals(r *http.Request) (any, error) {
	q := r.URL.Query()
	p := pager(r, "page", 100)
	d, err := s.cfg.DB.Deals(r.Context(), index.DealFilter{Requester: q.Get("requester"), Workerpool: q.Get("workerpool"),
		App: q.Get("app"), Dataset: q.Get("dataset"), Limit: p.fetch(), Offset: p.Offset()})
	if err != nil {
		return nil, err
	}
	d = pageOf(&p, d)
	return DealList{Items: d, Pager: p}, nil
}

// DealPage is a deal's page data: the indexed deal, where it stands (State, StateText),
// its deadlines, its tag in words, its tasks' result links, a page of its transactions
// with the gas they used and, while some of its tasks are unfinished, why they wait, as
// the pool's scheduler says (by task id), or why that is not known (WhyNote). Tasks is a
// page (?page=, ?limit=) of its bag, Transactions another (?txpage=).
type DealPage struct {
	*index.Deal
	Why                  map[string]Why    `json:"why,omitempty"`
	WhyNote              string            `json:"whyNote,omitempty"`
	State                string            `json:"state"`     // running, completed, partly failed, failed, claimable
	StateText            string            `json:"stateText"` // the state in a sentence
	ContributionDeadline *Deadline         `json:"contributionDeadline,omitempty"`
	FinalDeadline        *Deadline         `json:"finalDeadline,omitempty"`
	TagWords             string            `json:"tagWords"`
	Results              map[string]Result `json:"results,omitempty"` // by task id
	Transactions         []DealTx          `json:"transactions"`
	TasksPager           Pager             `json:"tasksPage"`
	TxPager              Pager             `json:"transactionsPage"`
}

// Result is where a task's result lies: its location and, when a gateway serves it, a URL.
type Result struct {
	Location string `json:"location"`
	URL      string `json:"url,omitempty"`
}

// Unfinished reports whether some of the deal's tasks are neither completed nor failed.
func (d DealPage) Unfinished() bool { return d.Completed+d.Failed < int64(d.BotSize) }

func (d DealPage) PageTitle() string { return "Deal " + short(d.ID) }

func (s *Server) deal(r *http.Request) (any, error) {
	id, err := hexArg(r, "id", 32)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	d, err := s.cfg.DB.Deal(ctx, id)
	if err != nil {
		return nil, err
	}
	p := DealPage{Deal: d, TasksPager: pager(r, "page", index.MaxTasksShown), TxPager: pager(r, "txpage", 50)}
	if p.TasksPager.Page > 1 || p.TasksPager.Limit != index.MaxTasksShown {
		tasks, err := s.cfg.DB.DealTasks(ctx, id, p.TasksPager.fetch(), p.TasksPager.Offset())
		if err != nil {
			return nil, err
		}
		d.Tasks = pageOf(&p.TasksPager, tasks)
		d.TasksShown = len(d.Tasks)
	} else {
		p.TasksPager.More = len(d.Tasks) >= index.MaxTasksShown && d.BotSize > index.MaxTasksShown
	}
	now := s.chainNow(ctx)
	terms, err := s.cfg.DB.DealTerms(ctx, id)
	if err != nil {
		return nil, err
	}
	p.TagWords = tagWords(terms.Tag)
	p.ContributionDeadline, p.FinalDeadline = deadlines(terms, now)
	var final time.Time
	if p.FinalDeadline != nil {
		final = p.FinalDeadline.Time
	}
	p.State, p.StateText = dealState(id, d.BotSize, d.Completed, d.Failed, final, now)
	locs, err := s.cfg.DB.DealResults(ctx, id)
	if err != nil {
		return nil, err
	}
	p.Results = map[string]Result{}
	for task, loc := range locs {
		p.Results[task] = Result{Location: loc, URL: s.resultURL(loc)}
	}
	txs, err := s.cfg.DB.DealTxs(ctx, id, p.TxPager.fetch(), p.TxPager.Offset())
	if err != nil {
		return nil, err
	}
	p.Transactions = s.gasUsed(ctx, pageOf(&p.TxPager, txs))
	if p.Unfinished() {
		p.Why, p.WhyNote = s.why.deal(ctx, id)
	}
	return p, nil
}

// TaskPage is a task's page data.
type TaskPage struct {
	*index.Task
	// ResultURL is where the result can be downloaded, when its location is known.
	ResultURL string `json:"resultUrl,omitempty"`
	// Why is why the unfinished task waits, as the pool's scheduler says; WhyNote why
	// that is not known (no scheduler configured, or it does not answer).
	Why     *Why   `json:"why,omitempty"`
	WhyNote string `json:"whyNote,omitempty"`
	// The deal's deadlines and tag in words; Claimable when the final deadline passed
	// with the task unfinished (`poco deal claim` fails it and refunds the payer).
	ContributionDeadline *Deadline `json:"contributionDeadline,omitempty"`
	FinalDeadline        *Deadline `json:"finalDeadline,omitempty"`
	TagWords             string    `json:"tagWords"`
	Claimable            bool      `json:"claimable"`
}

// Unfinished reports whether the task is neither completed nor failed.
func (t TaskPage) Unfinished() bool { return t.Status != "completed" && t.Status != "failed" }

func (t TaskPage) PageTitle() string {
	return fmt.Sprintf("Task %d of deal %s", t.Index, short(t.DealID))
}

func (s *Server) task(r *http.Request) (any, error) {
	id, err := hexArg(r, "id", 32)
	if err != nil {
		return nil, err
	}
	t, err := s.cfg.DB.Task(r.Context(), id)
	if err != nil {
		return nil, err
	}
	p := TaskPage{Task: t, ResultURL: s.resultURL(t.Location)}
	terms, err := s.cfg.DB.DealTerms(r.Context(), t.DealID)
	if err != nil {
		return nil, err
	}
	now := s.chainNow(r.Context())
	p.TagWords = tagWords(terms.Tag)
	p.ContributionDeadline, p.FinalDeadline = deadlines(terms, now)
	if p.Unfinished() {
		p.Claimable = p.FinalDeadline != nil && !now.Before(p.FinalDeadline.Time)
		p.Why, p.WhyNote = s.why.task(r.Context(), id)
	}
	return p, nil
}

// TxPage is a transaction's events.
type TxPage struct {
	Hash   string        `json:"hash"`
	Events []index.Event `json:"events"`
}

func (t TxPage) PageTitle() string { return "Transaction " + short(t.Hash) }

func (s *Server) tx(r *http.Request) (any, error) {
	h, err := hexArg(r, "hash", 32)
	if err != nil {
		return nil, err
	}
	evs, err := s.cfg.DB.TxEvents(r.Context(), h)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, index.ErrNotFound
	}
	return TxPage{Hash: h, Events: evs}, nil
}

// AddressPage is an address's page data; Activity is a page (?page=, ?limit=) of its
// events, Requested (?dealpage=, 50 a page), Sponsored (?sponsoredpage=, 50 a page) and
// Owned (?ownedpage=, 200 a page) others.
type AddressPage struct {
	*index.Address
	ChainScore     *uint64      `json:"chainScore,omitempty"`
	Balance        *sdk.Balance `json:"balance,omitempty"`
	ActivityPager  Pager        `json:"activityPage"`
	RequestedPager Pager        `json:"requestedPage"`
	SponsoredPager Pager        `json:"sponsoredPage"`
	OwnedPager     Pager        `json:"ownedPage"`
	// Bridge is its latest bridge transfers each way (with the bridge configured).
	Bridge *AddressBridge `json:"bridge,omitempty"`
}

func (a AddressPage) PageTitle() string { return "Address " + a.Address.Address }

// AsWorker is the address's worker record as the worker page shows it, its first page of
// each list (nil when it is no worker).
func (a AddressPage) AsWorker() *WorkerPage {
	if a.Worker == nil {
		return nil
	}
	return &WorkerPage{Worker: a.Worker}
}

func (s *Server) address(r *http.Request) (any, error) {
	a, err := hexArg(r, "addr", 20)
	if err != nil {
		return nil, err
	}
	info, err := s.cfg.DB.AddressInfo(r.Context(), a)
	if err != nil {
		return nil, err
	}
	p := AddressPage{Address: info, ActivityPager: pager(r, "page", 100)}
	evs, err := s.cfg.DB.AddressEvents(r.Context(), a, p.ActivityPager.fetch(), p.ActivityPager.Offset())
	if err != nil {
		return nil, err
	}
	info.Activity = pageOf(&p.ActivityPager, evs)
	info.ActivityMore = p.ActivityPager.More
	deals := func(f index.DealFilter) func(limit, offset int) ([]index.DealSummary, error) {
		return func(limit, offset int) ([]index.DealSummary, error) {
			f.Limit, f.Offset = limit, offset
			return s.cfg.DB.Deals(r.Context(), f)
		}
	}
	p.RequestedPager = pager(r, "dealpage", index.AddressDeals)
	if info.Requested, err = paged(&p.RequestedPager, index.AddressDeals, info.Requested, deals(index.DealFilter{Requester: a})); err != nil {
		return nil, err
	}
	p.SponsoredPager = pager(r, "sponsoredpage", index.AddressDeals)
	if info.Sponsored, err = paged(&p.SponsoredPager, index.AddressDeals, info.Sponsored, deals(index.DealFilter{Sponsored: a})); err != nil {
		return nil, err
	}
	p.OwnedPager = pager(r, "ownedpage", index.OwnedShown)
	if info.Owned, err = paged(&p.OwnedPager, index.OwnedShown, info.Owned, func(limit, offset int) ([]index.AssetSummary, error) {
		return s.cfg.DB.OwnedAssets(r.Context(), a, limit, offset)
	}); err != nil {
		return nil, err
	}
	if p.Bridge, err = s.addressBridge(r.Context(), a); err != nil {
		return nil, err
	}
	p.ChainScore, p.Balance = s.live(r.Context(), a)
	return p, nil
}

// SearchPage is the search results.
type SearchPage struct {
	Query string      `json:"query"`
	Hits  []index.Hit `json:"hits"`
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	hits, err := s.cfg.DB.Search(r.Context(), q)
	if err != nil {
		code, title := statusOf(err)
		s.render(w, r, code, "error", errorPage{Title: title, Message: err.Error()})
		return
	}
	// One precise answer: go there (an address that is also an asset goes to the asset).
	if len(hits) == 1 || (len(hits) == 2 && hits[1].Kind == "address" && hits[0].ID == hits[1].ID) {
		http.Redirect(w, r, hitURL(hits[0]), http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "search", SearchPage{Query: q, Hits: hits})
}

func hitURL(h index.Hit) string {
	switch h.Kind {
	case "deal":
		return "/deals/" + h.ID
	case "task":
		return "/tasks/" + h.ID
	case "tx":
		return "/tx/" + h.ID
	case "app":
		return "/apps/" + h.ID
	case "dataset":
		return "/datasets/" + h.ID
	case "workerpool":
		return "/pools/" + h.ID
	case "category":
		return "/market#category-" + h.ID
	}
	return "/address/" + h.ID
}

// stream sends the indexer's progress as server-sent events ("progress", JSON).
func (s *Server) stream(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	ch, unsubscribe := s.cfg.Broker.subscribe()
	defer unsubscribe()
	send := func(p index.Progress) bool {
		b, _ := json.Marshal(p)
		_, err := fmt.Fprintf(w, "event: progress\ndata: %s\n\n", b)
		fl.Flush()
		return err == nil
	}
	fmt.Fprint(w, "retry: 3000\n\n")
	if cur, ok, err := s.cfg.DB.Cursor(r.Context()); err == nil && ok {
		send(index.Progress{To: cur.Block})
	} else {
		fl.Flush()
	}
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case p := <-ch:
			if !send(p) {
				return
			}
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

// ───────────────────────────── formatting ─────────────────────────────

func short(h string) string {
	if len(h) <= 14 {
		return h
	}
	return h[:8] + "…" + h[len(h)-4:]
}

func kindTitle(kind string) string {
	switch kind {
	case "app":
		return "App"
	case "dataset":
		return "Dataset"
	case "workerpool":
		return "Worker pool"
	}
	return kind
}

func rlc(units any) string {
	switch v := units.(type) {
	case string:
		x, ok := new(big.Int).SetString(v, 10)
		if !ok {
			return v
		}
		return sdk.FormatRLC(x)
	case *big.Int:
		return sdk.FormatRLC(v)
	}
	return fmt.Sprint(units)
}

func when(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

var funcs = template.FuncMap{
	"short":  short,
	"rlc":    rlc,
	"when":   when,
	"iso":    func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"kind":   kindTitle,
	"hitURL": hitURL,
	"assetURL": func(kind, addr string) string {
		return hitURL(index.Hit{Kind: kind, ID: addr})
	},
	"nonzero": func(s string) bool { return s != "" && s != "0" && s != "0x0000000000000000000000000000000000000000" },
	"pct": func(a, b any) string {
		x, y := toF(a), toF(b)
		if y == 0 {
			return "0"
		}
		return strconv.FormatFloat(100*x/y, 'f', 0, 64)
	},
	"f1":        func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
	"deref":     func(p *uint64) uint64 { return *p },
	"taskid":    func(deal string, idx uint64) string { return "" },
	"eventText": eventText,
	"seconds":   func(s uint64) string { return (time.Duration(s) * time.Second).String() },
	"thousands": thousands,
}

// thousands writes n with thousands separators: 196356 → "196,356".
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func toF(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case int:
		return float64(x)
	case float64:
		return x
	}
	return 0
}

// eventText describes an event for people.
func eventText(e index.Event) string {
	switch e.Name {
	case "Deposit":
		return rlc(e.Amount) + " deposited"
	case "Withdraw":
		return rlc(e.Amount) + " withdrawn"
	case "Lock":
		return rlc(e.Amount) + " locked"
	case "Unlock":
		return rlc(e.Amount) + " unlocked"
	case "Seize":
		return rlc(e.Amount) + " seized"
	case "Reward":
		return rlc(e.Amount) + " rewarded"
	case "Vest":
		if ts, err := strconv.ParseInt(e.Detail, 10, 64); err == nil {
			return rlc(e.Amount) + " rewarded, locked and vesting until " + when(time.Unix(ts, 0))
		}
		return rlc(e.Amount) + " rewarded, locked and vesting"
	case "Release":
		return rlc(e.Amount) + " of vested rewards released to the free balance"
	case "VestingForfeited":
		return rlc(e.Amount) + " of vesting rewards forfeited: a result proven wrong"
	case "KittyFill", "KittyDrain":
		return rlc(e.Amount)
	case "OrdersMatched":
		return "deal made, cost " + rlc(e.Amount)
	case "TaskStarted":
		return "task " + e.Detail + " started"
	case "TaskContribute":
		return "contribution " + short(e.Hash) + " (weight " + e.Detail + ")"
	case "TaskConsensus":
		return "consensus on " + short(e.Hash) + ": the scheduler's permit opened the reveals"
	case "TaskReveal":
		return "revealed digest " + short(e.Hash)
	case "ContributionRejected":
		return "contribution rejected"
	case "TaskFinalize":
		return "finalized with digest " + short(e.Hash)
	case "TaskClaimed":
		return "claimed after the final deadline: failed, payer refunded"
	case "ScoreChanged":
		return "score " + e.Detail
	case "ResultCallback":
		return "callback succeeded: " + e.Detail
	case "AppCreated", "DatasetCreated", "WorkerpoolCreated", "CategoryCreated":
		return e.Detail
	case "Transfer":
		return "owner → " + short(e.Other)
	case "OrderPresigned", "OrderCancelled":
		return e.Detail + " order " + short(e.Hash)
	}
	return e.Detail
}
